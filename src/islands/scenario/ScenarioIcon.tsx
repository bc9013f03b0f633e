/** What an icon stands for; every icon sits beside text that says the same. */
export type ScenarioIconName = 'setting' | 'feedback' | 'ending' | 'found' | 'reflect' | 'back' | 'restart' | 'continue' | 'notice' | 'download' | 'delete';

// Simple outline shapes in the text colour, nothing alarming: the meaning is always in the text beside.
const paths: Record<ScenarioIconName, string> = {
  setting: 'M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7Zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5Z',
  feedback: 'M6 3h12a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4V5a2 2 0 0 1 2-2Zm1 5v2h10V8Zm0 4v2h7v-2Z',
  ending: 'M5 2h2v1h11l-2 4 2 4H7v11H5Z',
  found: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.4 14.2-4.1-4.1 1.4-1.4 2.7 2.7 5.9-5.9 1.4 1.4Z',
  reflect: 'M3 17.2V21h3.8L17.8 10 14 6.2Zm17.7-10.1a1 1 0 0 0 0-1.4l-2.4-2.4a1 1 0 0 0-1.4 0l-1.8 1.8 3.8 3.8Z',
  back: 'M20 11H7.8l5.6-5.6L12 4l-8 8 8 8 1.4-1.4L7.8 13H20Z',
  restart: 'M12 5V1L7 6l5 5V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8Z',
  continue: 'M4 11h12.2l-5.6-5.6L12 4l8 8-8 8-1.4-1.4 5.6-5.6H4Z',
  notice: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1 5h2v2h-2Zm0 4h2v6h-2Z',
  download: 'M11 3h2v9.2l3.6-3.6L18 10l-6 6-6-6 1.4-1.4 3.6 3.6ZM5 19h14v2H5Z',
  delete: 'M9 3h6l1 1h4v2H4V4h4Zm-3 5h12l-1 13H7Z',
};

/** Decorative: screen readers get the text next to it. */
export function ScenarioIcon({ name }: { name: ScenarioIconName }) {
  return (
    <svg className="scenario-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path fill="currentColor" fillRule="evenodd" d={paths[name]} />
    </svg>
  );
}
