import type { LmsCall } from '../../runtime/lms-emulator';
import { fillLabel, type LmsPreviewLabels } from './lms-preview-labels';

interface CallLogProps {
  calls: readonly LmsCall[];
  labels: LmsPreviewLabels;
}

/** Every API call in order, as SCORM Cloud's debug log shows it: element, value, answer and error code. */
export function CallLog({ calls, labels }: CallLogProps) {
  if (calls.length === 0) return <p>{labels['lmsPreview.logEmpty']}</p>;
  return (
    // A region that scrolls must take focus, or a keyboard cannot scroll it (axe scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex
    <div className="lms-preview-scroll" tabIndex={0} role="region" aria-labelledby="lms-preview-log">
      <table className="lms-preview-table lms-preview-log">
        <thead>
          <tr>
            <th scope="col">{labels['lmsPreview.log.number']}</th>
            <th scope="col">{labels['lmsPreview.log.call']}</th>
            <th scope="col">{labels['lmsPreview.log.element']}</th>
            <th scope="col">{labels['lmsPreview.log.value']}</th>
            <th scope="col">{labels['lmsPreview.log.result']}</th>
            <th scope="col">{labels['lmsPreview.log.error']}</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((call, index) => (
            <tr key={index} className={call.error !== '0' && call.error !== '' ? 'lms-preview-error' : undefined}>
              <td>{index + 1}</td>
              <td>{call.method}</td>
              <td>{call.args[0] ?? ''}</td>
              <td>{call.args[1] ?? ''}</td>
              <td>{call.result}</td>
              <td>{call.refused ? fillLabel(labels['lmsPreview.log.fault'], { code: call.error }) : call.error}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
