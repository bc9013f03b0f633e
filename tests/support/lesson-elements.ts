import type { Problem } from '../../src/content/checks/problem';
import type { MdastNode } from '../../src/content/mdx-elements/mdast-node';
import { quizzesFromMdast, type LessonQuizzes, type QuizSourceOptions } from '../../src/content/quizzes/quizzes-from-mdast';
import { scenariosFromMdast, type LessonScenarios, type ScenarioSourceOptions } from '../../src/content/scenarios/scenarios-from-mdast';
import { parseMdxSource } from '../../src/integration/parse-mdx-source';

// Tests write a lesson's MDX inline (frontmatter optional) and read its quizzes or scenarios as the
// build does: the same parse as readLessonFile, the same readers. MDX that does not parse gives the
// build's syntax problem and nothing else.

function parseTree(source: string, file: string): { tree: MdastNode } | { problem: Problem } {
  const { tree, syntaxError } = parseMdxSource(source);
  if (tree) return { tree };
  return { problem: { file, ...(syntaxError ?? { message: 'The MDX cannot be read.', hint: 'Fix the MDX syntax first.' }) } };
}

/** The quizzes of one lesson's MDX source; lines count from the source's first line. */
export function extractLessonQuizzes(source: string, options: QuizSourceOptions): LessonQuizzes {
  const parsed = parseTree(source, options.file);
  return 'problem' in parsed ? { quizzes: [], declarations: [], problems: [parsed.problem] } : quizzesFromMdast(parsed.tree, options);
}

/** The scenarios of one lesson's MDX source; lines count from the source's first line. */
export function extractLessonScenarios(source: string, options: ScenarioSourceOptions): LessonScenarios {
  const parsed = parseTree(source, options.file);
  return 'problem' in parsed ? { scenarios: [], declarations: [], problems: [parsed.problem] } : scenariosFromMdast(parsed.tree, options);
}
