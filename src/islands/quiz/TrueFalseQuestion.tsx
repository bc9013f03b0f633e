import type { TrueFalseQuestion as TrueFalse } from '../../core/quiz/quiz-definition';
import { ChoiceList } from './ChoiceList';
import type { QuestionControlsProps } from './question-controls-props';

/** A statement: two radios, True then False. */
export function TrueFalseQuestion({ question, response, onChange, ...shared }: QuestionControlsProps<TrueFalse>) {
  const items = [
    { id: 'true', text: shared.labels['quiz.true'], correct: question.answer },
    { id: 'false', text: shared.labels['quiz.false'], correct: !question.answer },
  ];
  const chosenIds = response?.kind === 'true-false' ? [String(response.value)] : [];
  return (
    <ChoiceList
      type="radio"
      items={items}
      chosenIds={chosenIds}
      onToggle={(id) => onChange({ kind: 'true-false', value: id === 'true' })}
      {...shared}
    />
  );
}
