import type { LikertQuestion as Likert } from '../../core/quiz/quiz-definition';
import { ChoiceList } from './ChoiceList';
import type { QuestionControlsProps } from './question-controls-props';

/** A self-assessment: radios from least to most, never marked right or wrong. */
export function LikertQuestion({ question, response, onChange, ...shared }: QuestionControlsProps<Likert>) {
  const chosenIds = response?.kind === 'likert' ? [response.levelId] : [];
  return (
    <ChoiceList
      type="radio"
      items={question.scale}
      chosenIds={chosenIds}
      onToggle={(levelId) => onChange({ kind: 'likert', levelId })}
      {...shared}
      showCorrect={false}
    />
  );
}
