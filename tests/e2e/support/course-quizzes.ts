import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { extractLessonQuizzes } from '../../../src/content/quizzes/extract-lesson-quizzes';
import type { Question, QuizDefinition } from '../../../src/core/quiz/quiz-definition';
import type { Language } from '../../../src/i18n/strings';
import { courseIdUnderTest, repositoryRoot } from './built-site';

/** A course's knowledge checks as its source defines them: what the tests answer right or wrong. */
export interface CourseQuizzes {
  courseId: string;
  language: Language;
  /** course.yaml passMark: counted quizzes without their own use it. */
  passMark: number;
  /** Every quiz in course order; counted ones carry their effective pass mark. */
  quizzes: QuizDefinition[];
}

interface CourseYaml {
  id: string;
  language: Language;
  passMark: number;
  modules: { lessons: string[] }[];
}

function listFiles(directory: string, extension: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name);
    if (statSync(file).isDirectory()) return listFiles(file, extension);
    return name.endsWith(extension) ? [file] : [];
  });
}

function findCourseFolder(courseId: string): { folder: string; course: CourseYaml } {
  const coursesRoot = path.resolve(repositoryRoot, process.env.PEERPATH_COURSES_DIR ?? 'courses');
  for (const name of readdirSync(coursesRoot)) {
    const yamlFile = path.join(coursesRoot, name, 'course.yaml');
    let course: CourseYaml;
    try {
      course = loadYaml(readFileSync(yamlFile, 'utf8')) as CourseYaml;
    } catch {
      continue;
    }
    if (course.id === courseId) return { folder: path.dirname(yamlFile), course };
  }
  throw new Error(`No course.yaml with id "${courseId}" under ${coursesRoot}.`);
}

function readLessonId(source: string, file: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  const id = frontmatter && (loadYaml(frontmatter) as { id?: unknown }).id;
  if (typeof id !== 'string') throw new Error(`${file} has no frontmatter id.`);
  return id;
}

/** Reads every lesson's `<Quiz>` elements with the build's own reader, so the answers come from the source. */
export function readCourseQuizzes(courseId = courseIdUnderTest): CourseQuizzes {
  const { folder, course } = findCourseFolder(courseId);
  const lessonOrder = course.modules.flatMap((module) => module.lessons);
  const quizzes = listFiles(folder, '.mdx').flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    const lessonId = readLessonId(source, file);
    const read = extractLessonQuizzes(source, { lessonId, file: path.relative(repositoryRoot, file), language: course.language });
    if (read.problems.length > 0) throw new Error(`${file}: ${read.problems.map((problem) => problem.message).join('; ')}`);
    return read.quizzes;
  });
  const position = (quiz: QuizDefinition) => lessonOrder.indexOf(quiz.lessonId);
  return {
    courseId,
    language: course.language,
    passMark: course.passMark,
    quizzes: quizzes
      .sort((first, second) => position(first) - position(second))
      // As the lesson page does: a counted quiz without a pass mark of its own uses the course's.
      .map((quiz) => (quiz.counts ? { ...quiz, passMark: quiz.passMark ?? course.passMark } : quiz)),
  };
}

/** Every question a quiz can show: plain ones and all of each bank's, in authored order. */
export function listAllQuestions(quiz: QuizDefinition): Question[] {
  return quiz.items.flatMap((item) => (item.kind === 'bank' ? item.questions : [item]));
}

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
