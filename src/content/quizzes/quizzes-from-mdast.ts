import type { QuizDefinition } from '../../core/quiz/quiz-definition';
import { questionKinds, type QuestionKinds } from '../../core/quiz/question-kinds';
import type { Language } from '../../i18n/strings';
import type { Problem } from '../checks/problem';
import { isJsxElement, type MdastNode } from '../mdx-elements/mdast-node';
import { createQuizPlacement } from './element-placement';
import { describeQuizElements } from './quiz-elements';
import type { QuizIdDeclaration } from './quiz-id-declaration';
import { reportAt, type QuizReadContext } from './quiz-read-context';
import { readQuiz } from './read-quiz';

export interface QuizSourceOptions {
  /** The lesson's id, recorded on each quiz. */
  lessonId: string;
  /** Path of the lesson relative to the project root, for problems. */
  file: string;
  /** Course language: chooses the default likert levels. */
  language: Language;
  /** The question kinds lessons may use; the built-in ones unless a test brings its own. */
  kinds?: QuestionKinds;
}

export interface LessonQuizzes {
  /** Quizzes without problems of their own, in written order. */
  quizzes: QuizDefinition[];
  /** Everything wrong with the lesson's quiz elements. */
  problems: Problem[];
  /** Every quiz, question and bank id written, for the course-wide checks. */
  declarations: QuizIdDeclaration[];
}

/** Reads every `<Quiz>` in a parsed lesson, and reports quiz elements written where they do nothing. */
export function quizzesFromMdast(tree: MdastNode, { kinds = questionKinds, ...where }: QuizSourceOptions): LessonQuizzes {
  const elements = describeQuizElements(kinds);
  const context: QuizReadContext = { ...where, elements, placement: createQuizPlacement(elements), problems: [], declarations: [] };
  const quizzes: QuizDefinition[] = [];
  const visit = (node: MdastNode): void => {
    for (const child of node.children ?? []) {
      if (isJsxElement(child) && child.name === 'Quiz') {
        const quiz = readQuiz(child, context);
        if (quiz) quizzes.push(quiz);
      } else if (isJsxElement(child) && elements.all.includes(child.name)) {
        reportAt(context, child, undefined, context.placement.misplaced(child.name, undefined));
      } else visit(child);
    }
  };
  visit(tree);
  return { quizzes, problems: context.problems, declarations: context.declarations };
}
