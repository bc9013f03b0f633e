import { showText } from '../view-text';
import type { WidgetProps } from './widget-props';

/** Native radios or checkboxes, one per line, each with its own label. */
export function ChoicesWidget({ view, onChange, locked, showCorrect, labels, idPrefix }: WidgetProps<'choices'>) {
  return (
    <div className="quiz-choices">
      {view.items.map((item) => {
        const id = `${idPrefix}--${item.id}`;
        return (
          <div className="quiz-choice" key={item.id}>
            <input
              type={view.type}
              id={id}
              name={`${idPrefix}--choice`}
              value={item.id}
              checked={view.chosen.includes(item.id)}
              disabled={locked}
              onChange={(event) => onChange(view.choose(item.id, event.currentTarget.checked))}
            />
            <label htmlFor={id}>
              {showText(item.text, labels)}
              {showCorrect && item.correct && <span className="quiz-tag">{labels['quiz.correctOption']}</span>}
            </label>
          </div>
        );
      })}
    </div>
  );
}
