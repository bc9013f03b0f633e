import { parseLessonMdx } from '../mdx-elements/parse-lesson-mdx';
import { quizzesFromMdast, type LessonQuizzes, type QuizSourceOptions } from './quizzes-from-mdast';

export { quizzesFromMdast, type LessonQuizzes, type QuizSourceOptions } from './quizzes-from-mdast';

/** Reads the quizzes of one lesson's MDX source (with or without its frontmatter; lines count from the source's first line). */
export function extractLessonQuizzes(source: string, options: QuizSourceOptions): LessonQuizzes {
  const parsed = parseLessonMdx(source, options.file, 'quizzes');
  if ('problem' in parsed) return { quizzes: [], declarations: [], problems: [parsed.problem] };
  return quizzesFromMdast(parsed.tree, options);
}
