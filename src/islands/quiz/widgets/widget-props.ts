import type { ControlsView } from '../../../core/quiz/question-view';
import type { ResponseBase } from '../../../core/quiz/question-kind';
import type { QuizLabels } from '../quiz-labels';

/** What each widget gets: the view of its kind of controls, and what every widget shares. */
export interface WidgetProps<W extends ControlsView<ResponseBase>['widget']> {
  view: Extract<ControlsView<ResponseBase>, { widget: W }>;
  onChange: (response: ResponseBase) => void;
  /** Enter in a text field: the same as pressing "Check my answer". */
  onSubmit: () => void;
  /** The answer can no longer change: finished, or saved answers still loading. */
  locked: boolean;
  /** The answer has been shown: mark the right options in words. */
  showCorrect: boolean;
  labels: QuizLabels;
  /** Unique on the page; element ids start with it. Parts join with "--", which stable ids never contain. */
  idPrefix: string;
}
