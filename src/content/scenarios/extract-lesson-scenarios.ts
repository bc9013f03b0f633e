import { mdxToMdast } from 'satteri';
import type { MdastNode } from '../mdx-elements/mdast-node';
import { scenariosFromMdast, type LessonScenarios, type ScenarioSourceOptions } from './scenarios-from-mdast';

export { collectCourseScenarios } from './collect-course-scenarios';
export type { ExtractedScenario } from './read-scenario';
export { scenariosFromMdast, type LessonScenarios, type ScenarioSourceOptions } from './scenarios-from-mdast';

/** Reads the scenarios of one lesson's MDX source (with or without its frontmatter; lines count from the source's first line). */
export function extractLessonScenarios(source: string, options: ScenarioSourceOptions): LessonScenarios {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source) as MdastNode;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      scenarios: [],
      declarations: [],
      problems: [{ file: options.file, message: `The MDX cannot be read, so its scenarios cannot be either: ${reason}`, hint: 'Fix the MDX syntax first.' }],
    };
  }
  return scenariosFromMdast(tree, options);
}
