import type { ResponseBase } from '../../core/quiz/question-kind';
import type { ControlsView } from '../../core/quiz/question-view';
import { ChoicesWidget } from './widgets/ChoicesWidget';
import { MatchesWidget } from './widgets/MatchesWidget';
import { OrderWidget } from './widgets/OrderWidget';
import { TextWidget } from './widgets/TextWidget';
import type { WidgetProps } from './widgets/widget-props';

export interface QuestionControlsProps extends Omit<WidgetProps<never>, 'view'> {
  /** The controls the question's kind shows for the answer so far (see QuestionView.controls). */
  view: ControlsView<ResponseBase>;
}

/** The answer controls a question's kind asks for, as one of the island's widgets. */
export function QuestionControls({ view, ...shared }: QuestionControlsProps) {
  switch (view.widget) {
    case 'choices': return <ChoicesWidget view={view} {...shared} />;
    case 'text': return <TextWidget view={view} {...shared} />;
    case 'matches': return <MatchesWidget view={view} {...shared} />;
    case 'order': return <OrderWidget view={view} {...shared} />;
  }
}

/** Widgets whose every control has a label of its own: the prompt names the group, not a single input set. */
export const hasOwnLabels = (view: ControlsView<ResponseBase>): boolean => view.widget === 'matches' || view.widget === 'order';
