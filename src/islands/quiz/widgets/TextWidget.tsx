import { showText } from '../view-text';
import type { WidgetProps } from './widget-props';

/** A one-line typed answer; Enter checks it, like the button. */
export function TextWidget({ view, onChange, onSubmit, locked, labels, idPrefix }: WidgetProps<'text'>) {
  const id = `${idPrefix}--text`;
  const helpId = `${id}-limit`;
  const suffixId = `${id}-suffix`;
  const describedBy = [view.suffix && suffixId, view.help && helpId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="quiz-fill-in">
      <label htmlFor={id}>{labels['quiz.fillInLabel']}</label>
      <input
        type="text"
        id={id}
        value={view.text}
        maxLength={view.maxLength}
        inputMode={view.inputMode === 'text' ? undefined : view.inputMode}
        autoComplete="off"
        disabled={locked}
        aria-describedby={describedBy}
        onChange={(event) => onChange(view.write(event.currentTarget.value))}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onSubmit();
        }}
      />
      {view.suffix && <span id={suffixId} className="quiz-suffix">{view.suffix}</span>}
      {view.help && <p id={helpId} className="quiz-help">{showText(view.help, labels)}</p>}
    </div>
  );
}
