import { createSeed } from '../../core/quiz/learner-draw';
import type { InteractionRecord } from '../../core/scorm/interaction';
import { toInteractionFields12, toInteractionFields2004 } from '../../core/scorm/interaction-fields';
import { scaleScore } from '../../core/scorm/score';
import { createCommitThrottle } from './commit-throttle';
import type { CourseTracker, FinishReason, TrackingStatus } from './course-tracker';
import { createLearnerProgress, type TrackedCourse } from './learner-progress';
import type { InitializeOutcome, LmsAdapter } from './lms-adapter';
import { createPendingChanges } from './pending-changes';
import { createRetrySchedule } from './retry-schedule';

type Phase = 'new' | 'running' | 'finishing' | 'finished' | 'refused';

export function createCourseTracker(options: TrackedCourse & {
  adapter: LmsAdapter;
  onStatus?: (status: TrackingStatus) => void;
  /** The session clock (session time). */
  now?: () => number;
  /** Makes the learner's seed when the saved state has none. */
  createSeed?: () => number;
}): CourseTracker {
  const { adapter, onStatus = () => {}, now = Date.now } = options;
  const pending = createPendingChanges();
  const progress = createLearnerProgress(options, pending, options.createSeed ?? (() => createSeed()));
  let phase: Phase = 'new';
  let outcome: InitializeOutcome = 'refused';
  let finishReason: FinishReason = 'pagehide';
  let startedAt = 0;
  let entry = '';

  // Changes made while a "Save and exit" is still retrying are kept and go out with it.
  const isOpen = () => phase === 'running' || phase === 'finishing';

  const runFinish = () => {
    pending.schedule('sessionTime', (lms) => lms.setSessionTime(now() - startedAt));
    pending.schedule('exit', (lms) => lms.setExit('suspend'));
    if (!(pending.flush(adapter) && adapter.commit() && adapter.terminate())) return false;
    phase = 'finished';
    return true;
  };
  const retry = createRetrySchedule({
    run: () => (phase === 'finishing' ? runFinish() : pending.flush(adapter) && adapter.commit()),
    onFailing: () => onStatus('retrying'),
    onSucceeded: (afterFailures) => {
      if (phase === 'finished' && finishReason === 'save-and-exit') onStatus('saved');
      else if (afterFailures) onStatus('recovered');
    },
  });
  const commits = createCommitThrottle({ run: () => retry.attempt() });
  const saveState = () => (phase === 'running' ? commits.runNow() : false);
  // Values go to the LMS at once (SetValue stays in the page); the commit, which LMSs send over
  // the network, is throttled. While a retry waits, it carries every change with it.
  const saveChanges = () => {
    if (phase !== 'running' || !pending.hasChanges() || retry.isWaiting()) return;
    if (pending.flush(adapter)) commits.request();
    else commits.runNow();
  };
  const schedule = (field: 'score' | 'success', write: (lms: LmsAdapter) => boolean) => {
    if (!isOpen()) return;
    pending.schedule(field, write);
    saveChanges();
  };
  // Checked at the call, so a bad record throws at its caller rather than inside a retry loop.
  const assertRecordable = (record: InteractionRecord) =>
    (adapter.version === '1.2' ? toInteractionFields12 : toInteractionFields2004)(record);

  return {
    adapter,
    start() {
      if (phase !== 'new') return outcome;
      outcome = adapter.initialize();
      if (outcome === 'refused') {
        phase = 'refused';
        onStatus('ended');
        return outcome;
      }
      startedAt = now();
      const learner = adapter.readLearnerState();
      entry = learner.entry;
      progress.restore(learner);
      phase = 'running';
      saveChanges();
      return outcome;
    },
    readEntry: () => entry,
    readLocation: progress.readLocation,
    readPlace: progress.readPlace,
    readVisitedLessonIds: progress.readVisitedLessonIds,
    readProgress: progress.readProgress,
    readSeed: progress.readSeed,
    readQuestionState: progress.readQuestionState,
    readScenarioState: progress.readScenarioState,
    isFinished: () => phase === 'finished',
    // Pages set the location first, then visit: one save carries both, and a learner going back
    // to a lesson already visited still moves the bookmark at once.
    visitLesson(lessonId) {
      if (!isOpen()) return;
      progress.visit(lessonId);
      saveChanges();
    },
    setLocation(location) {
      if (isOpen()) progress.moveTo(location);
    },
    saveQuestion(questionId, state, interaction) {
      if (interaction) assertRecordable(interaction);
      if (phase === 'new') return;
      progress.saveQuestion(questionId, state);
      if (!isOpen()) return;
      if (interaction) pending.queueInteraction(interaction);
      saveChanges();
    },
    saveScenario(scenarioId, state, interactions) {
      interactions.forEach(assertRecordable);
      if (phase === 'new') return;
      progress.saveScenario(scenarioId, state);
      if (!isOpen()) return;
      for (const interaction of interactions) pending.queueInteraction(interaction);
      saveChanges();
    },
    saveState,
    setCompleted() {
      if (isOpen() && progress.markCompleted()) saveChanges();
    },
    setScore(score) {
      scaleScore(score); // throws here, at the caller, rather than inside a retry loop
      schedule('score', (lms) => lms.setScore(score));
    },
    setPassed: () => schedule('success', (lms) => lms.setPassed()),
    setFailed: () => schedule('success', (lms) => lms.setFailed()),
    recordInteraction(record) {
      assertRecordable(record);
      if (!isOpen()) return;
      pending.queueInteraction(record);
      saveChanges();
    },
    finish(reason) {
      if (!isOpen()) return;
      commits.cancel();
      if (phase === 'running') finishReason = reason;
      phase = 'finishing';
      if (retry.attempt() || reason !== 'pagehide') return;
      // The page is going away and nothing later will run: hand the LMS what it already holds.
      retry.cancel();
      adapter.commit();
      adapter.terminate();
      phase = 'finished';
    },
  };
}
