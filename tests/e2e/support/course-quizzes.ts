import { extractLessonQuizzes } from '../../support/lesson-elements';
import type { Question, QuizDefinition } from '../../../src/core/quiz/quiz-definition';
import { effectivePassMark, listQuizQuestions } from '../../../src/core/quiz/quiz-questions';
import type { Language } from '../../../src/i18n/strings';
import { courseIdUnderTest } from './built-site';
import { readCourseSource } from './course-source';

/** A course's knowledge checks as its source defines them: what the tests answer right or wrong. */
export interface CourseQuizzes {
  courseId: string;
  language: Language;
  /** course.yaml passMark: counted quizzes without their own use it. */
  passMark: number;
  /** Every quiz in course order; counted ones carry their effective pass mark. */
  quizzes: QuizDefinition[];
}

/** Reads every lesson's `<Quiz>` elements with the build's own reader, so the answers come from the source. */
export function readCourseQuizzes(courseId = courseIdUnderTest): CourseQuizzes {
  const { course, lessons, positionOf } = readCourseSource(courseId);
  const quizzes = lessons.flatMap(({ lessonId, file, source }) => {
    const read = extractLessonQuizzes(source, { lessonId, file, language: course.language });
    if (read.problems.length > 0) throw new Error(`${file}: ${read.problems.map((problem) => problem.message).join('; ')}`);
    return read.quizzes;
  });
  const position = (quiz: QuizDefinition) => positionOf(quiz.lessonId);
  return {
    courseId,
    language: course.language,
    passMark: course.passMark,
    quizzes: quizzes
      .sort((first, second) => position(first) - position(second))
      .map((quiz) => ({ ...quiz, passMark: effectivePassMark(quiz, course.passMark) })),
  };
}

/** Every question a quiz can show: plain ones and all of each bank's, in authored order. */
export const listAllQuestions = listQuizQuestions;

export function findQuiz(course: CourseQuizzes, quizId: string): QuizDefinition {
  const quiz = course.quizzes.find((candidate) => candidate.id === quizId);
  if (!quiz) throw new Error(`The course source has no quiz "${quizId}" (has: ${course.quizzes.map((candidate) => candidate.id).join(', ')}).`);
  return quiz;
}

export function findQuestion(quiz: QuizDefinition, questionId: string): Question {
  const question = listAllQuestions(quiz).find((candidate) => candidate.id === questionId);
  if (!question) throw new Error(`Quiz "${quiz.id}" has no question "${questionId}".`);
  return question;
}

/** The first quiz (in course order) with a question of `kind` that satisfies `accept`. */
export function findQuestionOfKind(course: CourseQuizzes, kind: Question['kind'], accept: (quiz: QuizDefinition, question: Question) => boolean = () => true): { quiz: QuizDefinition; question: Question } {
  for (const quiz of course.quizzes) {
    const question = listAllQuestions(quiz).find((candidate) => candidate.kind === kind && accept(quiz, candidate));
    if (question) return { quiz, question };
  }
  throw new Error(`The course source has no ${kind} question that fits this test.`);
}
