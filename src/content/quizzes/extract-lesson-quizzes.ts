import { mdxToMdast } from 'satteri';
import type { MdastNode } from '../mdx-elements/mdast-node';
import { quizzesFromMdast, type LessonQuizzes, type QuizSourceOptions } from './quizzes-from-mdast';

export { collectCourseQuizzes } from './collect-course-quizzes';
export { quizzesFromMdast, type LessonQuizzes, type QuizSourceOptions } from './quizzes-from-mdast';

/** Reads the quizzes of one lesson's MDX source (with or without its frontmatter; lines count from the source's first line). */
export function extractLessonQuizzes(source: string, options: QuizSourceOptions): LessonQuizzes {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source) as MdastNode;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      quizzes: [],
      declarations: [],
      problems: [{ file: options.file, message: `The MDX cannot be read, so its quizzes cannot be either: ${reason}`, hint: 'Fix the MDX syntax first.' }],
    };
  }
  return quizzesFromMdast(tree, options);
}
