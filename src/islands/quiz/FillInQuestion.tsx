import type { FillInQuestion as FillIn } from '../../core/quiz/quiz-definition';
import { fillLabel } from './quiz-labels';
import type { QuestionControlsProps } from './question-controls-props';

/** A short typed answer; Enter checks it, like the button. */
export function FillInQuestion({ question, response, onChange, onSubmit, locked, labels, idPrefix }: QuestionControlsProps<FillIn>) {
  const id = `${idPrefix}--text`;
  return (
    <div className="quiz-fill-in">
      <label htmlFor={id}>{labels['quiz.fillInLabel']}</label>
      <input
        type="text"
        id={id}
        value={response?.kind === 'fill-in' ? response.text : ''}
        maxLength={question.maxLength}
        autoComplete="off"
        disabled={locked}
        aria-describedby={`${id}-limit`}
        onChange={(event) => onChange({ kind: 'fill-in', text: event.currentTarget.value })}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onSubmit();
        }}
      />
      <p id={`${id}-limit`} className="quiz-help">{fillLabel(labels['quiz.fillInLimit'], { max: question.maxLength })}</p>
    </div>
  );
}
