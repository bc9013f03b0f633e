import type { FlatCmi } from '../../runtime/lms-emulator';
import type { LmsPreviewLabels } from './lms-preview-labels';

interface CmiTableProps {
  cmi: FlatCmi;
  labels: LmsPreviewLabels;
}

/** The data model as it stands, every element that has a value. */
export function CmiTable({ cmi, labels }: CmiTableProps) {
  const rows = Object.entries(cmi).filter(([, value]) => value !== '');
  return (
    // A region that scrolls must take focus, or a keyboard cannot scroll it (axe scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex
    <div className="lms-preview-scroll" tabIndex={0} role="region" aria-labelledby="lms-preview-model">
      <table className="lms-preview-table lms-preview-model">
        <thead>
          <tr>
            <th scope="col">{labels['lmsPreview.model.element']}</th>
            <th scope="col">{labels['lmsPreview.model.value']}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([element, value]) => (
            <tr key={element}>
              <th scope="row">{element}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
