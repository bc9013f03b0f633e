import type { MultipleResponseQuestion as MultipleResponse } from '../../core/quiz/quiz-definition';
import { ChoiceList } from './ChoiceList';
import { inShownOrder, type QuestionControlsProps } from './question-controls-props';

/** One or more right options: checkboxes. */
export function MultipleResponseQuestion({ question, order, response, onChange, ...shared }: QuestionControlsProps<MultipleResponse>) {
  const chosenIds = response?.kind === 'multiple' ? response.optionIds : [];
  const toggle = (id: string, checked: boolean) => {
    const chosen = new Set(chosenIds);
    if (checked) chosen.add(id);
    else chosen.delete(id);
    // Authored order, so the same choice always makes the same response.
    onChange({ kind: 'multiple', optionIds: question.options.map((option) => option.id).filter((optionId) => chosen.has(optionId)) });
  };
  return (
    <ChoiceList
      type="checkbox"
      items={inShownOrder(question.options, order.options)}
      chosenIds={chosenIds}
      onToggle={toggle}
      {...shared}
    />
  );
}
