import type { TrackedLesson } from '../../core/scorm/course-progress';
import { toInteractionFields12, toInteractionFields2004 } from '../../core/scorm/interaction-fields';
import { scaleScore } from '../../core/scorm/score';
import type { CourseTracker, FinishReason, TrackingStatus } from './course-tracker';
import { createLearnerProgress } from './learner-progress';
import type { InitializeOutcome, LmsAdapter } from './lms-adapter';
import { createPendingChanges } from './pending-changes';
import { createRetrySchedule } from './retry-schedule';

type Phase = 'new' | 'running' | 'finishing' | 'finished' | 'refused';

export function createCourseTracker(options: {
  adapter: LmsAdapter;
  lessons: readonly TrackedLesson[];
  onStatus?: (status: TrackingStatus) => void;
  now?: () => number;
}): CourseTracker {
  const { adapter, onStatus = () => {}, now = Date.now } = options;
  const pending = createPendingChanges();
  const progress = createLearnerProgress(options.lessons, pending);
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
  const saveState = () => (phase === 'running' ? retry.attempt() : false);
  const saveIfChanged = () => void (pending.hasChanges() && saveState());
  const schedule = (field: 'score' | 'success', write: (lms: LmsAdapter) => boolean) => {
    if (!isOpen()) return;
    pending.schedule(field, write);
    saveState();
  };

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
      saveIfChanged();
      return outcome;
    },
    readEntry: () => entry,
    readLocation: progress.readLocation,
    readVisitedLessonIds: progress.readVisitedLessonIds,
    readProgress: progress.readProgress,
    isFinished: () => phase === 'finished',
    visitLesson(lessonId) {
      if (!isOpen()) return;
      progress.visit(lessonId);
      saveIfChanged();
    },
    setLocation(lessonId) {
      if (isOpen()) progress.moveTo(lessonId);
    },
    saveState,
    setCompleted() {
      if (isOpen() && progress.markCompleted()) saveState();
    },
    setScore(score) {
      scaleScore(score); // throws here, at the caller, rather than inside a retry loop
      schedule('score', (lms) => lms.setScore(score));
    },
    setPassed: () => schedule('success', (lms) => lms.setPassed()),
    setFailed: () => schedule('success', (lms) => lms.setFailed()),
    recordInteraction(record) {
      (adapter.version === '1.2' ? toInteractionFields12 : toInteractionFields2004)(record); // as above
      if (!isOpen()) return;
      pending.queueInteraction(record);
      saveState();
    },
    finish(reason) {
      if (!isOpen()) return;
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
