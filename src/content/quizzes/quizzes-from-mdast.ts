import type { QuizDefinition } from '../../core/quiz/quiz-definition';
import type { Language } from '../../i18n/strings';
import type { Problem } from '../checks/problem';
import { isJsxElement, type MdastNode } from '../mdx-elements/mdast-node';
import { explainMisplacedElement } from './element-placement';
import { QUIZ_ELEMENT_NAMES } from './quiz-element-names';
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
export function quizzesFromMdast(tree: MdastNode, options: QuizSourceOptions): LessonQuizzes {
  const context: QuizReadContext = { ...options, problems: [], declarations: [] };
  const quizzes: QuizDefinition[] = [];
  const visit = (node: MdastNode): void => {
    for (const child of node.children ?? []) {
      if (isJsxElement(child) && child.name === 'Quiz') {
        const quiz = readQuiz(child, context);
        if (quiz) quizzes.push(quiz);
      } else if (isJsxElement(child) && QUIZ_ELEMENT_NAMES.includes(child.name)) {
        reportAt(context, child, undefined, explainMisplacedElement(child.name, undefined));
      } else visit(child);
    }
  };
  visit(tree);
  return { quizzes, problems: context.problems, declarations: context.declarations };
}
