import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackingStatus } from '../../../../src/runtime/scorm/course-tracker';
import { createDeviceCopy, heldStorageKey, type DeviceCopy } from '../../../../src/runtime/scorm/device-copy';
import { createCourseTracker } from '../../../../src/runtime/scorm/tracker';
import { createRecordingLms, writtenValues } from './lms-fakes';
import { createMemoryStorage } from './memory-storage';
import { check, peerSupport, quizCourse, wrong } from './quiz-course-fixture';
import { play, practiceScenario, scenarioCourse } from './scenario-course-fixture';
import { SEED, lessons, versions } from './tracker-fixtures';
import { defined, itemAt } from '../../../support/defined';

const course = { ...quizCourse, ...scenarioCourse };
const learner = 'volunteer-7';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

type Setup = (typeof versions)[number];
type Lms = { loadFromJSON(json: object): void; renderCommitCMI(terminate: boolean): { cmi: Record<string, unknown> } };

/** A page of the course on `lms`, keeping its copy in `device`. */
function openPage(setup: Setup, lms: object, device: DeviceCopy) {
  const { api, control } = createRecordingLms(lms);
  const statuses: TrackingStatus[] = [];
  const adapter = (setup.createAdapter as (api: object) => ReturnType<Setup['createAdapter']>)(api);
  const tracker = createCourseTracker({ adapter, lessons, ...course, onStatus: (status) => statuses.push(status), createSeed: () => SEED, device });
  const read = (element: string) => (setup.read as (lms: object, element: string) => string)(lms, element);
  return { tracker, control, statuses, read };
}

/** A new LMS for the learner; `from` is the LMS of the launch before, whose stored values it starts with (entry as Moodle gives it). */
function createLms(setup: Setup, from?: Lms): Lms {
  const lms = setup.createLms() as unknown as Lms;
  const stored = from?.renderCommitCMI(true).cmi;
  if (setup.version === '1.2') {
    const core = (stored?.core ?? {}) as Record<string, unknown>;
    lms.loadFromJSON({ core: { student_id: learner, entry: stored ? '' : 'ab-initio', lesson_location: core.lesson_location ?? '', lesson_status: core.lesson_status ?? '' }, suspend_data: stored?.suspend_data ?? '' });
  } else {
    lms.loadFromJSON({ learner_id: learner, entry: 'ab-initio', location: stored?.location ?? '', suspend_data: stored?.suspend_data ?? '', ...(stored ? { completion_status: stored.completion_status } : {}) });
  }
  return lms;
}

describe.each(versions)('this device\'s copy of the record inside a SCORM $version LMS', (setup) => {
  // Issue 9, defect 7: a reload inside an LMS in the middle of a scenario started it again from
  // its first scene, and choices went untracked until the next launch.
  it('brings a reload whose LMS session has ended back to the same scene, and hands the choices made after it to the next launch', () => {
    const session = createMemoryStorage();
    const local = createMemoryStorage();
    const lms = createLms(setup);
    const first = openPage(setup, lms, createDeviceCopy('peer-basics', { session, local }));
    first.tracker.start();
    const midway = play(practiceScenario, ['share-briefly']);
    first.tracker.saveScenario(practiceScenario.id, midway.state, midway.interactions);
    first.tracker.finish('pagehide'); // the frame reloads: pagehide ended the session

    const reloaded = openPage(setup, lms, createDeviceCopy('peer-basics', { session, local }));
    expect(reloaded.tracker.start()).toBe('refused');
    expect(reloaded.statuses).toEqual(['not-recording']);
    expect(reloaded.tracker.readScenarioState(practiceScenario.id)).toEqual(midway.state);
    const onwards = play(practiceScenario, ['invite-others'], reloaded.tracker.readScenarioState(practiceScenario.id));
    reloaded.tracker.saveScenario(practiceScenario.id, onwards.state, onwards.interactions);
    // Nothing after Terminate: the reloaded page does not even ask the ended session to start again.
    expect(reloaded.control.calls).toEqual([]);
    expect(local.getItem(heldStorageKey('peer-basics', learner))).not.toBeNull();

    // The next launch from the LMS (another tab): its record merged with what this device held.
    const next = openPage(setup, createLms(setup, lms), createDeviceCopy('peer-basics', { session: createMemoryStorage(), local }));
    next.tracker.start();
    expect(next.tracker.readScenarioState(practiceScenario.id)).toEqual(onwards.state);
    expect(next.read('cmi.interactions._count')).toBe(String(onwards.interactions.length));
    expect(writtenValues(next.control, 'cmi.interactions.0.id')).toEqual([itemAt(onwards.interactions, 0).id]);
    vi.advanceTimersByTime(1_000);
    expect(local.getItem(heldStorageKey('peer-basics', learner))).toBeNull();
    expect(next.statuses).toEqual([]);
  });

  // Issue 9, defect 8: an LMS that truncates or rewrites suspend_data went unnoticed.
  it('notices an LMS that keeps less of the saved state than was written, says so once, and keeps the rest for the next launch', () => {
    const local = createMemoryStorage();
    const lms = createLms(setup);
    const api = lms as unknown as Record<string, (element: string, value: string) => string>;
    const name = setup.version === '1.2' ? 'LMSSetValue' : 'SetValue';
    const setValue = defined(api[name], name).bind(lms);
    api[name] = (element, value) => setValue(element, element === 'cmi.suspend_data' ? value.slice(0, 30) : value);
    const page = openPage(setup, lms, createDeviceCopy('peer-basics', { session: createMemoryStorage(), local }));
    page.tracker.start();
    for (const lessonId of ['welcome', 'listening', 'boundaries', 'further-reading']) page.tracker.visitLesson(lessonId);
    const answer = check(peerSupport, wrong);
    page.tracker.saveQuestion(peerSupport.id, answer.state, answer.interaction);
    vi.advanceTimersByTime(5_000);
    page.tracker.finish('save-and-exit');
    expect(page.statuses).toEqual(['shortened']);
    expect(page.tracker.readDiagnostics().some((entry) => entry.kind === 'shortened')).toBe(true);
    expect(local.getItem(heldStorageKey('peer-basics', learner))).not.toBeNull();

    const next = openPage(setup, createLms(setup, lms), createDeviceCopy('peer-basics', { session: createMemoryStorage(), local }));
    next.tracker.start();
    expect([...next.tracker.readVisitedLessonIds()]).toEqual(['welcome', 'further-reading', 'listening', 'boundaries']);
    expect(next.tracker.readQuestionState(peerSupport.id)).toEqual(answer.state);
  });
});
