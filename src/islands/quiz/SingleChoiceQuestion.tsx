import type { SingleChoiceQuestion as SingleChoice } from '../../core/quiz/quiz-definition';
import { ChoiceList } from './ChoiceList';
import { inShownOrder, type QuestionControlsProps } from './question-controls-props';

/** One right option: radios. */
export function SingleChoiceQuestion({ question, order, response, onChange, ...shared }: QuestionControlsProps<SingleChoice>) {
  const chosenIds = response?.kind === 'single' ? [response.optionId] : [];
  return (
    <ChoiceList
      type="radio"
      items={inShownOrder(question.options, order.options)}
      chosenIds={chosenIds}
      onToggle={(optionId) => onChange({ kind: 'single', optionId })}
      {...shared}
    />
  );
}
