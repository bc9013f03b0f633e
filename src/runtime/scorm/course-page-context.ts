import { isAssessmentPlan, type CourseAssessmentPlan } from '../../core/quiz/course-assessment-plan';
import { isScenarioPlan, type PlannedScenario } from '../../core/scenario/scenario-plan';
import { isCourseStateQuestion, type CourseStateQuestion } from '../../core/scorm/course-state-question';

/** A lesson as the page's course data lists it, in course order. */
export interface CourseLesson {
  id: string;
  title: string;
  required: boolean;
  /** Set when this language version of the course has no page for the lesson yet: the folder that has it. */
  folder?: string;
}

/** The course's `course-data.json`, beside its pages. */
export interface CourseContext {
  courseId: string;
  version: string;
  lessons: CourseLesson[];
  /** Counted quizzes, for score, success and completion; absent when the course has none. */
  assessment?: CourseAssessmentPlan;
  /** Every question of the course (formative and bank ones too), as much as saved state needs. */
  questions: CourseStateQuestion[];
  /** Every scenario of the course (practice ones too): what it counts for and the ids its saved state uses. */
  scenarios: PlannedScenario[];
}

/** "break" is the Take a break page: never a lesson visit, never the bookmark. */
export type PageKind = 'overview' | 'lesson' | 'search' | 'recorded' | 'break';

/** What `<body data-page-kind data-course-id data-lesson-id>` says about the page now shown. */
export interface PageContext {
  kind: PageKind | undefined;
  courseId: string | undefined;
  lessonId: string | undefined;
}

const pageKinds: readonly PageKind[] = ['overview', 'lesson', 'search', 'recorded', 'break'];

function isCourseLesson(value: unknown): value is CourseLesson {
  const lesson = value as Partial<CourseLesson> | null;
  return typeof lesson?.id === 'string' && typeof lesson.title === 'string' && typeof lesson.required === 'boolean' &&
    (lesson.folder === undefined || typeof lesson.folder === 'string');
}

/**
 * The course's data, or undefined when it is unreachable or malformed: a course whose plan, questions or
 * scenarios cannot be read is not tracked at all, rather than tracked as if it had no quizzes or scenarios.
 * Every course page sits in the course folder beside course-data.json, on the site and in a package alike.
 */
export async function loadCourseContext(): Promise<CourseContext | undefined> {
  try {
    return toCourseContext(await (await fetch('course-data.json')).json());
  } catch {
    return undefined;
  }
}

/** Course data as the build wrote it, checked; undefined when anything tracking needs is missing or malformed. */
export function toCourseContext(json: unknown): CourseContext | undefined {
  const data = json as Record<keyof CourseContext, unknown> | null;
  if (typeof data?.courseId !== 'string' || !Array.isArray(data.lessons) || !data.lessons.every(isCourseLesson)) {
    return undefined;
  }
  const { assessment, questions = [], scenarios = [] } = data;
  if (assessment !== undefined && !isAssessmentPlan(assessment)) return undefined;
  if (!Array.isArray(questions) || !questions.every(isCourseStateQuestion)) return undefined;
  if (!isScenarioPlan(scenarios)) return undefined;
  return {
    courseId: data.courseId,
    version: typeof data.version === 'string' ? data.version : '',
    lessons: data.lessons,
    ...(assessment === undefined ? {} : { assessment }),
    questions,
    scenarios,
  };
}

/** Read on every page load: the ClientRouter swaps the body, and its data with it. */
export function readPageContext(doc: Document): PageContext {
  const data = doc.body.dataset;
  return {
    kind: pageKinds.find((kind) => kind === data.pageKind),
    courseId: data.courseId || undefined,
    lessonId: data.lessonId || undefined,
  };
}

/**
 * Every course page sits directly in the course folder, so a lesson is a sibling file; a lesson not yet
 * translated is in the sibling folder of the language version that has it.
 */
export function toLessonUrl(lesson: Pick<CourseLesson, 'id' | 'folder'>, pageUrl: string): string {
  return new URL(lesson.folder === undefined ? `./${lesson.id}.html` : `../${lesson.folder}/${lesson.id}.html`, pageUrl).href;
}
