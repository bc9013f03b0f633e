import { vi } from 'vitest';
import type { Scorm12API, Scorm2004API } from 'scorm-again';
import type { QuestionState } from '../../../../src/core/quiz/question-state';
import type { Question } from '../../../../src/core/quiz/quiz-definition';
import type { ScenarioState } from '../../../../src/core/scenario/scenario-state';
import type { ScenarioStateShape } from '../../../../src/core/scorm/course-state-scenario';
import { encodeLearnerState } from '../../../../src/core/scorm/learner-state-codec';
import { createAdapter12 } from '../../../../src/runtime/scorm/adapter-12';
import { createAdapter2004 } from '../../../../src/runtime/scorm/adapter-2004';
import type { TrackingStatus } from '../../../../src/runtime/scorm/course-tracker';
import type { DeviceCopy } from '../../../../src/runtime/scorm/device-copy';
import type { TrackedCourse } from '../../../../src/runtime/scorm/learner-progress';
import { createCourseTracker } from '../../../../src/runtime/scorm/tracker';
import { createLms12, createLms2004, createRecordingLms } from './lms-fakes';

export const lessons = [
  { id: 'welcome', required: true },
  { id: 'further-reading', required: false },
  { id: 'listening', required: true },
  { id: 'boundaries', required: true },
];

/** Every fixture learner gets this seed at first launch. */
export const SEED = 1234;

/** suspend_data as the tracker writes it for these lessons (and `questions` and `scenarios`, when given). */
export function savedState(
  visitedLessonIds: string[],
  states: Record<string, QuestionState> = {},
  options: {
    seed?: number;
    questions?: readonly Question[];
    scenarios?: readonly ScenarioStateShape[];
    scenarioStates?: Record<string, ScenarioState>;
  } = {},
): string {
  return encodeLearnerState(
    { seed: options.seed ?? SEED, visitedLessonIds, questions: states, scenarios: options.scenarioStates ?? {} },
    { lessonIds: lessons.map((lesson) => lesson.id), questions: options.questions ?? [], scenarios: options.scenarios ?? [] },
  );
}

/** Per version: how to make its LMS and adapter, and what its elements are called. */
export const versions = [
  {
    version: '1.2',
    createLms: createLms12,
    createAdapter: (api: Scorm12API) => createAdapter12(api),
    read: (lms: Scorm12API, element: string) => lms.LMSGetValue(element),
    lastError: (lms: Scorm12API) => lms.LMSGetLastError(),
    preload: (lms: Scorm12API, saved: { entry: string; location: string; suspendData: string; status: string }) =>
      lms.loadFromJSON({
        core: { entry: saved.entry, lesson_location: saved.location, lesson_status: saved.status },
        suspend_data: saved.suspendData,
      }),
    elements: { location: 'cmi.core.lesson_location', status: 'cmi.core.lesson_status', exit: 'cmi.core.exit', sessionTime: 'cmi.core.session_time' },
    sessionTimePattern: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
  },
  {
    version: '2004',
    createLms: createLms2004,
    createAdapter: (api: Scorm2004API) => createAdapter2004(api),
    read: (lms: Scorm2004API, element: string) => lms.GetValue(element),
    lastError: (lms: Scorm2004API) => lms.GetLastError(),
    preload: (lms: Scorm2004API, saved: { entry: string; location: string; suspendData: string; status: string }) =>
      lms.loadFromJSON({ entry: saved.entry, location: saved.location, suspend_data: saved.suspendData, completion_status: saved.status }),
    elements: { location: 'cmi.location', status: 'cmi.completion_status', exit: 'cmi.exit', sessionTime: 'cmi.session_time' },
    sessionTimePattern: /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/,
  },
] as const;

/** A tracker over a recording LMS of one version, with a clock the test moves. */
export function createTrackerFixture(
  setup: (typeof versions)[number],
  prepare?: (lms: never) => void,
  /** The fixture's lessons unless `course` names its own. */
  course: Partial<TrackedCourse> = {},
  /** This device's copy of the record, as the course keeps it inside an LMS; none by default. */
  device?: DeviceCopy,
) {
  const lms = setup.createLms();
  prepare?.(lms as never);
  const { api, control } = createRecordingLms(lms);
  const statuses: TrackingStatus[] = [];
  const clock = { now: 1_000_000 };
  const adapter = (setup.createAdapter as (api: object) => ReturnType<typeof createAdapter2004>)(api);
  const createSeed = vi.fn(() => SEED);
  const tracker = createCourseTracker({
    adapter, lessons, ...course, onStatus: (status) => statuses.push(status), now: () => clock.now, createSeed, ...(device ? { device } : {}),
  });
  const read = (element: string) => (setup.read as (lms: object, element: string) => string)(lms, element);
  const lastError = () => (setup.lastError as (lms: object) => string)(lms);
  return { lms, control, tracker, statuses, clock, read, lastError, createSeed };
}
