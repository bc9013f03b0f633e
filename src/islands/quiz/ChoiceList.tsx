import type { QuizLabels } from './quiz-labels';

export interface ChoiceItem {
  id: string;
  text: string;
  correct?: boolean;
}

interface ChoiceListProps {
  type: 'radio' | 'checkbox';
  items: readonly ChoiceItem[];
  chosenIds: readonly string[];
  onToggle: (id: string, checked: boolean) => void;
  locked: boolean;
  showCorrect: boolean;
  labels: QuizLabels;
  idPrefix: string;
}

/** Native radios or checkboxes, one per line, each with its own label; shared by the choice-like kinds. */
export function ChoiceList({ type, items, chosenIds, onToggle, locked, showCorrect, labels, idPrefix }: ChoiceListProps) {
  return (
    <div className="quiz-choices">
      {items.map((item) => {
        const id = `${idPrefix}--${item.id}`;
        return (
          <div className="quiz-choice" key={item.id}>
            <input
              type={type}
              id={id}
              name={`${idPrefix}--choice`}
              value={item.id}
              checked={chosenIds.includes(item.id)}
              disabled={locked}
              onChange={(event) => onToggle(item.id, event.currentTarget.checked)}
            />
            <label htmlFor={id}>
              {item.text}
              {showCorrect && item.correct && <span className="quiz-tag">{labels['quiz.correctOption']}</span>}
            </label>
          </div>
        );
      })}
    </div>
  );
}
