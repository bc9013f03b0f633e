import path from 'node:path';
import { runnerImport } from 'vite';
import { formatStateBudget, type StateBudgetRow } from './format-state-budget.ts';
import { generateStateBudgetCourse, LARGE_COURSE, quizzesToStateCourse, toStateBudgetRow } from './state-budget-course.ts';

type StateBudgetModules = typeof import('./state-budget-modules.ts');

/** The report section: worst-case suspend_data of each sample course under courses/ and of a large generated course. */
export async function measureStateBudget(projectRoot: string): Promise<string> {
  const modules = await importThroughVite<StateBudgetModules>(projectRoot, 'tests/bench/state-budget-modules.ts');
  const notes: string[] = [];
  const rows: StateBudgetRow[] = [];

  // The build's own reading of the courses: each lesson's quizzes and scenarios from one parse.
  const sources = modules.readCourseSources(path.join(projectRoot, 'courses'), projectRoot);
  if (sources.problems.length > 0) notes.push(`The sample courses have ${sources.problems.length} problem(s); questions and scenarios with problems are not counted.`);
  for (const course of sources.courses) {
    const quizzes = course.lessons.flatMap((lesson) => lesson.quizzes);
    const scenarios = course.lessons.flatMap((lesson) => lesson.scenarios);
    const lessonIds = course.lessons.map((lesson) => lesson.data.id);
    const stateCourse = { ...quizzesToStateCourse(lessonIds, quizzes), scenarios: modules.toScenarioPlan(scenarios) };
    const name = scenarios.length > 0 ? `${course.data.id} (+ ${scenarios.length} scenarios)` : course.data.id;
    rows.push(toStateBudgetRow(name, stateCourse, modules));
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

async function importThroughVite<T>(projectRoot: string, file: string): Promise<T> {
  const result = await runnerImport<T>(path.join(projectRoot, file), { configFile: false, root: projectRoot, logLevel: 'error' });
  return result.module;
}
