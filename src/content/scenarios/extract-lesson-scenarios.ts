import { parseLessonMdx } from '../mdx-elements/parse-lesson-mdx';
import { scenariosFromMdast, type LessonScenarios, type ScenarioSourceOptions } from './scenarios-from-mdast';

export type { ExtractedScenario } from './read-scenario';
export { scenariosFromMdast, type LessonScenarios, type ScenarioSourceOptions } from './scenarios-from-mdast';

/** Reads the scenarios of one lesson's MDX source (with or without its frontmatter; lines count from the source's first line). */
export function extractLessonScenarios(source: string, options: ScenarioSourceOptions): LessonScenarios {
  const parsed = parseLessonMdx(source, options.file, 'scenarios');
  if ('problem' in parsed) return { scenarios: [], declarations: [], problems: [parsed.problem] };
  return scenariosFromMdast(parsed.tree, options);
}
