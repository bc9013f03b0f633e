import { createSeed } from '../../core/quiz/learner-draw';
import type { InteractionRecord } from '../../core/scorm/interaction';
import { toInteractionFields12, toInteractionFields2004 } from '../../core/scorm/interaction-fields';
import type { LmsMode } from '../../core/scorm/learner-record-rules';
import { SUSPEND_DATA_MAX_LENGTH } from '../../core/scorm/limits';
import { scaleScore } from '../../core/scorm/score';
import { createCommitThrottle } from './commit-throttle';
import type { CourseTracker, FinishReason, TrackingStatus } from './course-tracker';
import type { DeviceCopy } from './device-copy';
import { createLearnerProgress, type TrackedCourse } from './learner-progress';
import type { InitializeOutcome, LmsAdapter } from './lms-adapter';
import { createLmsSave } from './lms-save';
import { createPendingChanges } from './pending-changes';
import { createRetrySchedule } from './retry-schedule';

/**
 * - `running`/`finishing`: talking to the LMS (finishing: "Save and exit" or page hide under way);
 * - `review`: a review or browse launch, which records nothing;
 * - `detached`: no LMS session to write to (it would not start, or it ended): every change is
 *   kept on this device and handed to the LMS at the next launch that works.
 */
type Phase = 'new' | 'running' | 'finishing' | 'review' | 'detached';

const nothingStored = { location: '', suspendData: '', completion: 'unknown', success: 'unknown' } as const;

export function createCourseTracker(options: TrackedCourse & {
  adapter: LmsAdapter;
  onStatus?: (status: TrackingStatus) => void;
  /** The session clock (session time). */
  now?: () => number;
  /** Makes the learner's seed when the saved state has none. */
  createSeed?: () => number;
  /** This device's copy of the record inside an LMS; none where the LMS is this device (the plain site). */
  device?: DeviceCopy;
}): CourseTracker {
  const { adapter, onStatus = () => {}, now = Date.now, device } = options;
  const { diagnostics } = adapter;
  const pending = createPendingChanges();
  const progress = createLearnerProgress(options, pending, options.createSeed ?? (() => createSeed()), SUSPEND_DATA_MAX_LENGTH[adapter.version]);
  let phase: Phase = 'new';
  let outcome: InitializeOutcome = 'refused';
  let finishReason: FinishReason = 'pagehide';
  let finished = false;
  let startedAt = 0;
  let launch = { entry: '', mode: 'normal' as LmsMode, credit: true, learnerId: '' };

  const keepOnDevice = (confirmed: boolean) => device?.keep({ ...progress.readRecord(), learnerId: launch.learnerId }, pending.readUndelivered(), confirmed);
  const detach = () => {
    phase = 'detached';
    commits.cancel();
    retry.cancel();
    keepOnDevice(false);
    onStatus('not-recording');
  };
  const lms = createLmsSave({ adapter, pending, readRecord: progress.readRecord, keepOnDevice, onClosed: detach, onShortened: () => onStatus('shortened'), diagnostics });

  // Ending: session time and "suspend" go out with everything pending, then Terminate.
  const runFinish = () => {
    if (!lms.save()) return false;
    if (phase === 'detached') return true;
    const ended = adapter.terminate();
    if (ended !== 'accepted' && ended !== 'closed') return false;
    finished = true;
    phase = 'detached';
    return true;
  };
  const retry = createRetrySchedule({
    run: () => (phase === 'finishing' ? runFinish() : lms.save()),
    onFailing: () => onStatus('retrying'),
    onSucceeded: (afterFailures) => {
      if (!lms.isConfirmed()) return;
      if (finished && finishReason === 'save-and-exit') onStatus('saved');
      else if (afterFailures) onStatus('recovered');
    },
  });
  const commits = createCommitThrottle({ run: () => retry.attempt() });
  const saveState = () => (phase === 'running' ? commits.runNow() : false);
  // Values go to the LMS at once (SetValue stays in the page); the commit, which LMSs send over the
  // network, is throttled. Each change is kept on this device until a commit is confirmed.
  const afterChange = () => {
    if (phase === 'detached' || phase === 'finishing') keepOnDevice(false);
    if (phase !== 'running' || !pending.hasChanges()) return;
    keepOnDevice(false);
    if (retry.isWaiting()) return;
    const flushed = pending.flush(adapter);
    if (flushed === 'closed') detach();
    else if (flushed === 'done') commits.request();
    else commits.runNow();
  };
  const schedule = (field: 'score' | 'success', write: Parameters<typeof pending.schedule>[1]) => {
    if (phase === 'new' || phase === 'review') return;
    pending.schedule(field, write);
    afterChange();
  };
  // Checked at the call, so a bad record throws at its caller rather than inside a retry loop.
  const assertRecordable = (record: InteractionRecord) =>
    (adapter.version === '1.2' ? toInteractionFields12 : toInteractionFields2004)(record);
  const record = (interactions: readonly InteractionRecord[]) => {
    if (phase === 'review') return;
    for (const interaction of interactions) pending.queueInteraction(interaction);
    afterChange();
  };

  const startDetached = () => {
    const snapshot = device?.readSnapshot();
    launch = { ...launch, learnerId: snapshot?.learnerId ?? '' };
    progress.restore(snapshot ?? nothingStored, device?.readHeld(launch.learnerId) ?? []);
    phase = 'detached';
    onStatus('not-recording');
  };

  return {
    adapter,
    start() {
      if (phase !== 'new') return outcome;
      outcome = adapter.initialize();
      if (outcome === 'refused') {
        startDetached();
        return outcome;
      }
      startedAt = now();
      const learner = adapter.readLearnerState();
      launch = { entry: learner.entry, mode: learner.mode, credit: learner.credit, learnerId: learner.learnerId };
      if (learner.mode !== 'normal') {
        progress.restore(learner);
        phase = 'review';
        return outcome;
      }
      const held = device?.readHeld(learner.learnerId) ?? [];
      const unreadable = progress.restore(learner, held);
      for (const interaction of held.flatMap((copy) => copy.interactions)) pending.queueInteraction(interaction);
      if (unreadable.length > 0) {
        for (const text of unreadable) device?.setAside(text, launch.learnerId);
        onStatus('set-aside');
      }
      phase = 'running';
      afterChange();
      return outcome;
    },
    readEntry: () => launch.entry,
    readLaunch: () => ({ mode: launch.mode, credit: launch.credit }),
    readDiagnostics: diagnostics.read,
    readLocation: progress.readLocation,
    readPlace: progress.readPlace,
    readVisitedLessonIds: progress.readVisitedLessonIds,
    readProgress: progress.readProgress,
    readSeed: progress.readSeed,
    readQuestionState: progress.readQuestionState,
    readScenarioState: progress.readScenarioState,
    isFinished: () => finished,
    // Pages set the location first, then visit: one save carries both, and a learner going back
    // to a lesson already visited still moves the bookmark at once.
    visitLesson(lessonId) {
      if (phase === 'new') return;
      progress.visit(lessonId);
      afterChange();
    },
    setLocation(location) {
      if (phase !== 'new' && phase !== 'review') progress.moveTo(location);
    },
    saveQuestion(questionId, state, interaction) {
      if (interaction) assertRecordable(interaction);
      if (phase === 'new') return;
      progress.saveQuestion(questionId, state);
      record(interaction ? [interaction] : []);
    },
    saveScenario(scenarioId, state, interactions) {
      interactions.forEach(assertRecordable);
      if (phase === 'new') return;
      progress.saveScenario(scenarioId, state);
      record(interactions);
    },
    saveState,
    setCompleted() {
      if (phase !== 'new' && phase !== 'review' && progress.markCompleted()) afterChange();
    },
    setScore(score) {
      scaleScore(score); // throws here, at the caller, rather than inside a retry loop
      schedule('score', (target) => target.setScore(score));
    },
    setPassed: () => schedule('success', (target) => target.setPassed()),
    setFailed: () => schedule('success', (target) => target.setFailed()),
    recordInteraction(interaction) {
      assertRecordable(interaction);
      if (phase !== 'new') record([interaction]);
    },
    finish(reason) {
      if (phase === 'review') {
        // Nothing of the learner's is written in review; the session still ends properly.
        phase = 'detached';
        finished = true;
        adapter.setSessionTime(now() - startedAt);
        adapter.commit();
        adapter.terminate();
        return;
      }
      if (phase !== 'running' && phase !== 'finishing') return;
      commits.cancel();
      if (phase === 'running') finishReason = reason;
      phase = 'finishing';
      pending.schedule('sessionTime', (target) => target.setSessionTime(now() - startedAt));
      pending.schedule('exit', (target) => target.setExit('suspend'));
      // The learner leaves through the LMS, not by closing a window that may be the LMS's own: a
      // 2004 LMS suspends the attempt and takes them out once Terminate returns (Moodle: the course page).
      if (reason === 'save-and-exit') adapter.requestSuspendAll();
      if (retry.attempt() || reason !== 'pagehide') return;
      // The page is going away and nothing later will run: keep it all here, hand the LMS what it has.
      retry.cancel();
      keepOnDevice(false);
      adapter.commit();
      adapter.terminate();
      finished = true;
      phase = 'detached';
    },
  };
}
