import { mdxToMdast } from 'satteri';
import type { Language } from '../../i18n/strings';
import type { MdastNode } from './mdast-node';

export interface LessonBody {
  lessonId: string;
  /** Path of the lesson; the cache key. */
  file: string;
  /** The MDX body as the content collection holds it. */
  body: string;
}

/** What a reader gets besides the parsed lesson. */
export interface LessonReadOptions {
  lessonId: string;
  file: string;
  language: Language;
}

/**
 * A reader of one kind of element (quizzes, scenarios) in lesson bodies that reads each lesson once.
 * Keyed by file; the rest is compared, so an edited lesson in live preview is read again. A body
 * without `marker` (e.g. `<Quiz`) has none of the elements, so it is not even parsed.
 */
export function createLessonBodyCache<T>(
  marker: string,
  read: (tree: MdastNode, options: LessonReadOptions) => T[],
): (lesson: LessonBody, language: Language) => T[] {
  const cache = new Map<string, { body: string; lessonId: string; language: Language; items: T[] }>();
  return ({ lessonId, file, body }, language) => {
    const cached = cache.get(file);
    if (cached && cached.body === body && cached.lessonId === lessonId && cached.language === language) return cached.items;
    const items = body.includes(marker) ? readBody(body, { lessonId, file, language }, read) : [];
    cache.set(file, { body, lessonId, language, items });
    return items;
  };
}

function readBody<T>(body: string, options: LessonReadOptions, read: (tree: MdastNode, options: LessonReadOptions) => T[]): T[] {
  try {
    return read(mdxToMdast(body) as MdastNode, options);
  } catch {
    // A lesson that does not parse has stopped the build already; in live preview the error overlay shows it.
    return [];
  }
}
