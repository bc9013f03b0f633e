import type { CourseSource } from '../integration/read-course-sources';
import { toAssessmentPlan } from '../core/quiz/course-assessment-plan';
import { effectivePassMark, listQuizQuestions } from '../core/quiz/quiz-questions';
import { toScenarioPlan } from '../core/scenario/scenario-plan';
import { scoreRanges, type ScoreRanges } from '../core/scenario/score-ranges';
import { toCourseStateQuestion } from '../core/scorm/course-state-question';
import type { CourseEntryData, LessonEntryData, LessonScenario, UntranslatedModules } from './curriculum-entry';
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
  // A language version keeps the record of the course it translates: the same lessons, questions and
  // scenarios count, whichever language the learner reads (and modules not yet translated count too).
  const planned = course.original ?? course;
  const quizzes = planned.lessons.flatMap((lesson) => lesson.quizzes);
  const scenarios = planned.lessons.flatMap((lesson) => lesson.scenarios);
  const titles = new Map(course.lessons.map((lesson) => [lesson.data.id, lesson.data.title]));
  const byId = new Map(planned.lessons.map((lesson) => [lesson.data.id, lesson.data]));
  const tracking = {
    courseId: data.id,
    slug: course.slug,
    version: data.version,
    title: data.title,
    summary: data.summary,
    language: data.language,
    lessons: planned.data.modules.flatMap((module) =>
      module.lessons.flatMap((id) => {
        const lesson = byId.get(id);
        if (!lesson) return [];
        const title = titles.get(id);
        // Not translated yet: the learner reads it in the original's folder.
        return [title === undefined ? { id, title: lesson.title, required: lesson.required, folder: planned.slug } : { id, title, required: lesson.required }];
      }),
    ),
    assessment: toAssessmentPlan(quizzes, planned.data.passMark),
    questions: quizzes.flatMap(listQuizQuestions).map(toCourseStateQuestion),
    scenarios: toScenarioPlan(scenarios),
  };
  return {
    course: { id: course.folder, data: { ...data, kind: 'course', slug: course.slug, versions: course.versions, ...untranslatedOf(course), tracking } },
    lessons: course.lessons.map((lesson) => ({
      id: `${course.folder}/${lesson.file.slice(course.file.lastIndexOf('/') + 1).replace(/\.mdx$/, '')}`,
      filePath: lesson.file,
      data: {
        ...lesson.data,
        kind: 'lesson',
        courseId: data.id,
        courseSlug: course.slug,
        language: data.language,
        quizzes: lesson.quizzes.map((quiz) => ({ ...quiz, passMark: effectivePassMark(quiz, data.passMark) })),
        scenarios: lesson.scenarios.map(withScoreRanges),
        sensitive: lesson.sensitive,
      },
    })),
  };
}

function untranslatedOf({ original, untranslatedModules = [] }: CourseSource): { untranslated?: UntranslatedModules } {
  if (!original || untranslatedModules.length === 0) return {};
  const titles = new Map(original.lessons.map((lesson) => [lesson.data.id, lesson.data.title]));
  const modules = original.data.modules
    .filter((module) => untranslatedModules.includes(module.id))
    .map(({ id, title, summary, lessons }) => ({ id, title, summary, lessons: lessons.map((lessonId) => ({ id: lessonId, title: titles.get(lessonId) ?? lessonId })) }));
  return { untranslated: { language: original.data.language, slug: original.slug, modules, order: original.data.modules.map((module) => module.id) } };
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
