import type { CourseAssessmentPlan } from '../core/quiz/course-assessment-plan';
import type { QuizDefinition } from '../core/quiz/quiz-definition';
import type { PlannedScenario } from '../core/scenario/scenario-plan';
import type { ScoreRanges } from '../core/scenario/score-ranges';
import type { CourseStateQuestion } from '../core/scorm/course-state-question';
import type { Language } from '../i18n/strings';
import type { ExtractedScenario } from './scenarios/read-scenario';
import type { CourseVersion } from '../integration/read-course-sources';
import type { Course } from './schemas/course';
import type { Lesson } from './schemas/lesson';

/** A scenario with what its player and the trainer view show of its endings. */
export type LessonScenario = ExtractedScenario & {
  /** Each ending's lowest and highest points per dimension. */
  scoreRanges: ScoreRanges;
};

/** One part of a lesson a search result can link to. */
export interface LessonSection {
  /** Id of the heading that starts the section; null for the lesson's introduction. */
  anchor: string | null;
  heading: string;
  text: string;
}

/** A lesson entry: its frontmatter and everything the build read from its MDX in the same pass. */
export interface LessonEntryData extends Lesson {
  kind: 'lesson';
  /** The course id: tracking and saved progress key on it, in every language of the course. */
  courseId: string;
  /** The folder of this language version in the built site (see courseSlug). */
  courseSlug: string;
  language: Language;
  /** The lesson's quizzes, pass marks resolved against the course's. */
  quizzes: QuizDefinition[];
  scenarios: LessonScenario[];
  /** A content note in the frontmatter or the text: the page offers "Exit this page". */
  sensitive: boolean;
}

/** What the tracking runtime reads about a course: lessons, every question and scenario, what counts. */
export interface CourseTracking {
  /** The course id, shared by its language versions: one record in the LMS and on the device. */
  courseId: string;
  /** This language version's folder in the built site (see courseSlug). */
  slug: string;
  version: string;
  /** For the packages' manifests, which are made from the built site. */
  title: string;
  summary: string;
  language: Language;
  /** Every lesson of the course; `folder` is set when this language version has no page for it yet (the original's folder). */
  lessons: { id: string; title: string; required: boolean; folder?: string }[];
  /** Counted quizzes, for score, success and completion; absent when the course has none. */
  assessment?: CourseAssessmentPlan;
  /** Every question (bank and practice ones too), only as much as saved answers need: no answer keys or text. */
  questions: CourseStateQuestion[];
  /** Every scenario (practice ones too): what it counts for, its score range, and the ids saved progress uses. */
  scenarios: PlannedScenario[];
}

/** A course entry: course.yaml, and the course-wide plan the tracking runtime needs. */
export interface CourseEntryData extends Course {
  kind: 'course';
  /** This language version's folder in the built site (see courseSlug). */
  slug: string;
  /** Every language version of the course, this one included, the original first. */
  versions: CourseVersion[];
  /** In a language version that does not have every module yet: those modules, read in the original. */
  untranslated?: UntranslatedModules;
  tracking: CourseTracking;
}

/** The original's modules a language version does not have yet, with links into the original's folder. */
export interface UntranslatedModules {
  language: Language;
  slug: string;
  modules: { id: string; title: string; summary: string; lessons: { id: string; title: string }[] }[];
  /** Every module id of the original, in course order, so that the two lists can be shown as one. */
  order: string[];
}

/** In live preview only: the courses have problems, and pages show them instead of stale content. */
export interface ProblemsEntryData {
  kind: 'problems';
  message: string;
  hint: string;
}

export type CurriculumEntryData = CourseEntryData | LessonEntryData | ProblemsEntryData;

/** Id of the one problems entry. Course and lesson ids never contain a colon. */
export const PROBLEMS_ENTRY_ID = ':problems';
