import type { InteractionRow } from '../../runtime/lms-emulator/read-interactions';
import type { LmsPreviewLabels } from './lms-preview-labels';

interface InteractionTableProps {
  rows: readonly InteractionRow[];
  /** The response element's name in this version: student_response (1.2) or learner_response (2004). */
  responseName: string;
  labels: LmsPreviewLabels;
}

/** The interactions journal as the LMS holds it: one row per index. */
export function InteractionTable({ rows, responseName, labels }: InteractionTableProps) {
  if (rows.length === 0) return <p>{labels['lmsPreview.interactionsEmpty']}</p>;
  return (
    // A region that scrolls must take focus, or a keyboard cannot scroll it (axe scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex
    <div className="lms-preview-scroll" tabIndex={0} role="region" aria-labelledby="lms-preview-interactions">
      <table className="lms-preview-table">
        <thead>
          <tr>
            <th scope="col">n</th>
            <th scope="col">{labels['lmsPreview.interaction.id']}</th>
            <th scope="col">{labels['lmsPreview.interaction.type']}</th>
            <th scope="col">{responseName}</th>
            <th scope="col">{labels['lmsPreview.interaction.result']}</th>
            <th scope="col">{labels['lmsPreview.interaction.time']}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.index}>
              <td>{row.index}</td>
              <td>{row.id}</td>
              <td>{row.type}</td>
              <td>{row.response}</td>
              <td>{row.result}</td>
              <td>{row.time}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
