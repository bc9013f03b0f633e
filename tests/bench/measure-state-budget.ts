import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';
import type { QuizDefinition } from '../../src/core/quiz/quiz-definition.ts';
import type { Language } from '../../src/i18n/strings.ts';
import { formatStateBudget, type StateBudgetRow } from './format-state-budget.ts';
import { generateStateBudgetCourse, LARGE_COURSE, quizzesToStateCourse, toStateBudgetRow } from './state-budget-course.ts';

type StateBudgetModules = typeof import('./state-budget-modules.ts');

// Typed here rather than imported, so the bench still runs (generated course only) in a checkout
// where quiz extraction is missing or broken.
interface QuizExtraction {
  extractLessonQuizzes(
    source: string,
    lesson: { lessonId: string; file: string; language: Language },
  ): { quizzes: QuizDefinition[]; problems: unknown[] };
}

const EXTRACTOR = 'src/content/quizzes/extract-lesson-quizzes.ts';

/** The report section: worst-case suspend_data of each sample course under courses/ and of a large generated course. */
export async function measureStateBudget(projectRoot: string): Promise<string> {
  const modules = await importThroughVite<StateBudgetModules>(projectRoot, 'tests/bench/state-budget-modules.ts');
  const notes: string[] = [];
  const rows: StateBudgetRow[] = [];

  const extraction = await loadQuizExtraction(projectRoot, notes);
  if (extraction) {
    const sources = modules.readCourseSources(path.join(projectRoot, 'courses'), projectRoot);
    for (const course of sources.courses) {
      let problems = 0;
      const quizzes = course.lessons.flatMap((lesson) => {
        const source = readFileSync(path.join(projectRoot, lesson.file), 'utf8');
        const result = extraction.extractLessonQuizzes(source, { lessonId: lesson.data.id, file: lesson.file, language: course.data.language });
        problems += result.problems.length;
        return result.quizzes;
      });
      if (problems > 0) notes.push(`${course.data.id} has ${problems} quiz problem(s); questions with problems are not counted.`);
      const scenarios = course.lessons.flatMap((lesson) => {
        const source = readFileSync(path.join(projectRoot, lesson.file), 'utf8');
        return modules.extractLessonScenarios(source, { lessonId: lesson.data.id, file: lesson.file, language: course.data.language }).scenarios;
      });
      const lessonIds = course.lessons.map((lesson) => lesson.data.id);
      const stateCourse = { ...quizzesToStateCourse(lessonIds, quizzes), scenarios: modules.toScenarioPlan(scenarios) };
      const name = scenarios.length > 0 ? `${course.data.id} (+ ${scenarios.length} scenarios)` : course.data.id;
      rows.push(toStateBudgetRow(name, stateCourse, modules));
    }
  }
  const { checks, questionsPerCheck, fillInMaxLength } = LARGE_COURSE;
  rows.push(
    toStateBudgetRow(
      `generated: ${checks} checks × ${questionsPerCheck}, fill-in maxLength ${fillInMaxLength}`,
      generateStateBudgetCourse(LARGE_COURSE),
      modules,
    ),
  );
  return formatStateBudget(rows, modules.SUSPEND_DATA_MAX_LENGTH['1.2'], notes);
}

async function loadQuizExtraction(projectRoot: string, notes: string[]): Promise<QuizExtraction | undefined> {
  if (!existsSync(path.join(projectRoot, EXTRACTOR))) {
    notes.push(`${EXTRACTOR} does not exist yet, so the sample courses are not measured.`);
    return undefined;
  }
  try {
    return await importThroughVite<QuizExtraction>(projectRoot, EXTRACTOR);
  } catch (error) {
    notes.push(`${EXTRACTOR} could not be loaded (${error instanceof Error ? error.message : String(error)}), so the sample courses are not measured.`);
    return undefined;
  }
}

async function importThroughVite<T>(projectRoot: string, file: string): Promise<T> {
  const result = await runnerImport<T>(path.join(projectRoot, file), { configFile: false, root: projectRoot, logLevel: 'error' });
  return result.module;
}
