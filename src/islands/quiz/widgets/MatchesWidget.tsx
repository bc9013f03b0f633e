import type { WidgetProps } from './widget-props';

/** Each row gets a native select listing the targets in this learner's order. */
export function MatchesWidget({ view, onChange, locked, labels, idPrefix }: WidgetProps<'matches'>) {
  return (
    <div className="quiz-matches">
      {view.rows.map((row) => {
        const id = `${idPrefix}--${row.id}`;
        return (
          <div className="quiz-match" key={row.id}>
            <label htmlFor={id}>{row.text}</label>
            <select id={id} value={view.matched[row.id] ?? ''} disabled={locked} onChange={(event) => onChange(view.match(row.id, event.currentTarget.value))}>
              <option value="">{labels['quiz.matchChoose']}</option>
              {view.targets.map((target) => <option key={target.id} value={target.id}>{target.text}</option>)}
            </select>
          </div>
        );
      })}
    </div>
  );
}
