import { useId, useMemo, useRef, useState } from 'react';
import { lmsPresets, scormApiNames, type EmulatedVersion, type LmsPreset } from '../runtime/lms-emulator';
import { readInteractions } from '../runtime/lms-emulator/read-interactions';
import { CallLog } from './lms-preview/CallLog';
import { CmiTable } from './lms-preview/CmiTable';
import { InteractionTable } from './lms-preview/InteractionTable';
import { fillLabel, type LmsPreviewLabels } from './lms-preview/lms-preview-labels';
import { readPreviewSettings, type PreviewSettings } from './lms-preview/preview-settings';
import { usePreviewSession } from './lms-preview/use-preview-session';

export interface LmsPreviewProps {
  courses: { slug: string; title: string }[];
  labels: LmsPreviewLabels;
}

const versionNames: Record<EmulatedVersion, string> = { '12': '1.2', '2004': '2004' };

/**
 * The trainers' LMS preview: a course launched under an emulated LMS (real scorm-again) in a frame,
 * with every API call, the data model, the saved state's size and the interactions shown as they happen.
 */
export function LmsPreview({ courses, labels }: LmsPreviewProps) {
  const ids = useId();
  const frameHost = useRef<HTMLDivElement>(null);
  const [settings, setSettings] = useState<PreviewSettings>(() => readPreviewSettings(window.location.search, courses.map((course) => course.slug)));
  const { session, changes, newAttempt, relaunch, end, setRefusingCommits } = usePreviewSession(frameHost);
  const lms = session?.launch?.lms;
  // Redrawn on every call (changes), reading the LMS as it stands.
  const cmi = useMemo(() => (lms && changes >= 0 ? lms.readCurrentCmi() : {}), [lms, changes]);
  const version = session?.settings.version ?? settings.version;
  const suspendData = cmi['cmi.suspend_data'] ?? '';
  const limit = scormApiNames[version].suspendDataLimit;
  const change = <Key extends keyof PreviewSettings>(key: Key, value: PreviewSettings[Key]) => setSettings((now) => ({ ...now, [key]: value }));

  const status = !session
    ? labels['lmsPreview.status.idle']
    : session.state === 'loading'
      ? labels['lmsPreview.status.loading']
      : fillLabel(labels[session.state === 'running' ? 'lmsPreview.status.running' : 'lmsPreview.status.ended'], {
          session: session.number,
          version: versionNames[session.settings.version],
          mode: session.mode,
        });

  return (
    <div className="lms-preview">
      <form
        className="lms-preview-settings"
        aria-labelledby={`${ids}-settings`}
        onSubmit={(event) => {
          event.preventDefault();
          void newAttempt(settings);
        }}
      >
        <h2 id={`${ids}-settings`}>{labels['lmsPreview.settings']}</h2>
        {settings.packageUrl ? (
          <p>{fillLabel(labels['lmsPreview.package'], { url: settings.packageUrl })}</p>
        ) : (
          <p>
            <label htmlFor={`${ids}-course`}>{labels['lmsPreview.course']}</label>
            <select id={`${ids}-course`} value={settings.course} onChange={(event) => change('course', event.target.value)}>
              {courses.map((course) => <option key={course.slug} value={course.slug}>{course.title}</option>)}
            </select>
          </p>
        )}
        <p>
          <label htmlFor={`${ids}-version`}>{labels['lmsPreview.version']}</label>
          <select id={`${ids}-version`} value={settings.version} onChange={(event) => change('version', event.target.value === '2004' ? '2004' : '12')}>
            <option value="12">SCORM 1.2</option>
            <option value="2004">SCORM 2004 4th Edition</option>
          </select>
        </p>
        <p>
          <label htmlFor={`${ids}-preset`}>{labels['lmsPreview.preset']}</label>
          <select id={`${ids}-preset`} value={settings.preset} onChange={(event) => change('preset', event.target.value as LmsPreset)}>
            {lmsPresets.map((preset) => <option key={preset} value={preset}>{labels[`lmsPreview.preset.${preset}`]}</option>)}
          </select>
        </p>
        <button type="submit">{session ? labels['lmsPreview.newAttempt'] : labels['lmsPreview.launch']}</button>
      </form>

      <p role="status" className="lms-preview-status">{status}</p>
      {session && (
        <div className="lms-preview-actions">
          <button type="button" onClick={end} disabled={session.state !== 'running'}>{labels['lmsPreview.end']}</button>
          <button type="button" onClick={() => void relaunch('normal')} disabled={session.state === 'loading'}>{labels['lmsPreview.relaunch']}</button>
          <button type="button" onClick={() => void relaunch('review')} disabled={session.state === 'loading'}>{labels['lmsPreview.review']}</button>
          <label>
            <input type="checkbox" checked={lms?.faults.commit === 'false'} disabled={!lms} onChange={(event) => setRefusingCommits(event.target.checked)} />
            {labels['lmsPreview.refuseCommits']}
          </label>
        </div>
      )}

      <section aria-labelledby={`${ids}-frame`}>
        <h2 id={`${ids}-frame`}>{labels['lmsPreview.frameHeading']}</h2>
        <div ref={frameHost} className="lms-preview-frame" />
      </section>

      <section aria-labelledby="lms-preview-log">
        <h2 id="lms-preview-log">{labels['lmsPreview.logHeading']}</h2>
        <CallLog calls={lms?.log ?? []} labels={labels} />
      </section>
      <section aria-labelledby="lms-preview-suspend">
        <h2 id="lms-preview-suspend">{labels['lmsPreview.suspendHeading']}</h2>
        <p>{fillLabel(labels['lmsPreview.suspendSize'], { used: suspendData.length, limit })}</p>
        <meter min={0} max={limit} high={limit * 0.8} value={suspendData.length} aria-labelledby="lms-preview-suspend" />
      </section>
      <section aria-labelledby="lms-preview-interactions">
        <h2 id="lms-preview-interactions">{labels['lmsPreview.interactionsHeading']}</h2>
        <InteractionTable rows={readInteractions(cmi)} responseName={version === '12' ? 'student_response' : 'learner_response'} labels={labels} />
      </section>
      <section aria-labelledby="lms-preview-model">
        <h2 id="lms-preview-model">{labels['lmsPreview.modelHeading']}</h2>
        <CmiTable cmi={cmi} labels={labels} />
      </section>
    </div>
  );
}
