import type { QuizDefinition } from '../../core/quiz/quiz-definition';
import type { Language } from '../../i18n/strings';
import { createLessonBodyCache, type LessonBody } from '../mdx-elements/lesson-body-cache';
import { quizzesFromMdast } from './quizzes-from-mdast';

// Every lesson page asks for the whole course's quizzes (for the course's assessment plan), so a
// 1 000-lesson course would otherwise parse a million lesson bodies.
const readLessonQuizzes = createLessonBodyCache('<Quiz', (tree, options) => quizzesFromMdast(tree, options).quizzes);

/**
 * The quizzes of a course's lessons, in the order given. Problems are not reported here: the build
 * has already checked every lesson and stops when any quiz has a problem. The quiz objects are
 * shared between calls, so treat them as read-only.
 */
export function collectCourseQuizzes(lessons: readonly LessonBody[], language: Language): QuizDefinition[] {
  return lessons.flatMap((lesson) => readLessonQuizzes(lesson, language));
}
