import type { CourseSource } from '../integration/read-course-sources';
import { toAssessmentPlan } from '../core/quiz/course-assessment-plan';
import { effectivePassMark, listQuizQuestions } from '../core/quiz/quiz-questions';
import { toScenarioPlan } from '../core/scenario/scenario-plan';
import { scoreRanges, type ScoreRanges } from '../core/scenario/score-ranges';
import { toCourseStateQuestion } from '../core/scorm/course-state-question';
import type { CourseEntryData, LessonEntryData, LessonScenario } from './curriculum-entry';
import type { ExtractedScenario } from './scenarios/read-scenario';

export interface CurriculumEntry<T> {
  id: string;
  data: T;
  /** The lesson's MDX, relative to the project root, which Astro compiles to render it. */
  filePath?: string;
}

/** The entries of one checked course: the course itself, then its lessons in file order. */
export function toCurriculumEntries(course: CourseSource): {
  course: CurriculumEntry<CourseEntryData>;
  lessons: CurriculumEntry<LessonEntryData>[];
} {
  const { data } = course;
  const quizzes = course.lessons.flatMap((lesson) => lesson.quizzes);
  const scenarios = course.lessons.flatMap((lesson) => lesson.scenarios);
  const byId = new Map(course.lessons.map((lesson) => [lesson.data.id, lesson.data]));
  const tracking = {
    courseId: data.id,
    version: data.version,
    title: data.title,
    summary: data.summary,
    language: data.language,
    lessons: data.modules.flatMap((module) =>
      module.lessons.flatMap((id) => {
        const lesson = byId.get(id);
        return lesson ? [{ id, title: lesson.title, required: lesson.required }] : [];
      }),
    ),
    assessment: toAssessmentPlan(quizzes, data.passMark),
    questions: quizzes.flatMap(listQuizQuestions).map(toCourseStateQuestion),
    scenarios: toScenarioPlan(scenarios),
  };
  return {
    course: { id: course.folder, data: { ...data, kind: 'course', tracking } },
    lessons: course.lessons.map((lesson) => ({
      id: `${course.folder}/${lesson.file.slice(course.file.lastIndexOf('/') + 1).replace(/\.mdx$/, '')}`,
      filePath: lesson.file,
      data: {
        ...lesson.data,
        kind: 'lesson',
        courseId: data.id,
        language: data.language,
        quizzes: lesson.quizzes.map((quiz) => ({ ...quiz, passMark: effectivePassMark(quiz, data.passMark) })),
        scenarios: lesson.scenarios.map(withScoreRanges),
        sensitive: lesson.sensitive,
      },
    })),
  };
}

// A scenario too large to work out has stopped the build already (the graph check uses the same limits).
function withScoreRanges(scenario: ExtractedScenario): LessonScenario {
  let ranges: ScoreRanges;
  try {
    ranges = scoreRanges(scenario);
  } catch {
    ranges = {};
  }
  return { ...scenario, scoreRanges: ranges };
}
