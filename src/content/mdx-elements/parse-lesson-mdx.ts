import { mdxToMdast } from 'satteri';
import type { Problem } from '../checks/problem';
import type { MdastNode } from './mdast-node';

/** A lesson's MDX as a tree, or the problem that keeps it from being read. */
export type ParsedLessonMdx = { tree: MdastNode } | { problem: Problem };

/**
 * Parses one lesson's MDX source (with or without its frontmatter; lines count from the source's
 * first line). When it does not parse, the problem says that its `elements` ("quizzes",
 * "scenarios") cannot be read either.
 */
export function parseLessonMdx(source: string, file: string, elements: string): ParsedLessonMdx {
  try {
    return { tree: mdxToMdast(source) as MdastNode };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: { file, message: `The MDX cannot be read, so its ${elements} cannot be either: ${reason}`, hint: 'Fix the MDX syntax first.' } };
  }
}
