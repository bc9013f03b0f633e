import { mdxToMdast } from 'satteri';
import type { QuizDefinition } from '../../core/quiz/quiz-definition';
import type { Language } from '../../i18n/strings';
import type { MdastNode } from '../mdx-elements/mdast-node';
import { quizzesFromMdast } from './quizzes-from-mdast';

export interface LessonBody {
  lessonId: string;
  /** Path of the lesson; the cache key. */
  file: string;
  /** The MDX body as the content collection holds it. */
  body: string;
}

// Every lesson page asks for the whole course's quizzes (for the course's assessment plan), so a
// 1 000-lesson course would otherwise parse a million lesson bodies. Keyed by file; the rest is
// compared, so an edited lesson in live preview is read again.
const cache = new Map<string, { body: string; lessonId: string; language: Language; quizzes: QuizDefinition[] }>();

/**
 * The quizzes of a course's lessons, in the order given. Problems are not reported here: the build
 * has already checked every lesson and stops when any quiz has a problem. The quiz objects are
 * shared between calls, so treat them as read-only.
 */
export function collectCourseQuizzes(lessons: readonly LessonBody[], language: Language): QuizDefinition[] {
  return lessons.flatMap((lesson) => lessonQuizzes(lesson, language));
}

function lessonQuizzes({ lessonId, file, body }: LessonBody, language: Language): QuizDefinition[] {
  const cached = cache.get(file);
  if (cached && cached.body === body && cached.lessonId === lessonId && cached.language === language) return cached.quizzes;
  const quizzes = body.includes('<Quiz') ? readQuizzes(body, { lessonId, file, language }) : [];
  cache.set(file, { body, lessonId, language, quizzes });
  return quizzes;
}

function readQuizzes(body: string, options: { lessonId: string; file: string; language: Language }): QuizDefinition[] {
  try {
    return quizzesFromMdast(mdxToMdast(body) as MdastNode, options).quizzes;
  } catch {
    // A lesson that does not parse has stopped the build already; in live preview the error overlay shows it.
    return [];
  }
}
