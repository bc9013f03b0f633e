import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { distDirectory } from './built-site';

const parseLessonPage = (courseId: string, lessonId: string) =>
  parseDocument(readFileSync(path.join(distDirectory, 'courses', courseId, `${lessonId}.html`), 'utf8'));

/** Where a built lesson page's "Next" link (a[rel=next]) leads: a lesson id, or undefined when it has none. */
export function readNextLessonId(courseId: string, lessonId: string): string | undefined {
  const document = parseLessonPage(courseId, lessonId);
  const links = DomUtils.findAll((element) => element.name === 'a' && /\bnext\b/.test(element.attribs.rel ?? ''), document.children);
  if (links.length > 1) throw new Error(`${courseId}/${lessonId}.html has ${links.length} next links.`);
  const href = links[0]?.attribs.href;
  return href === undefined ? undefined : /([^/]+)\.html(?:#.*)?$/.exec(href)?.[1] ?? href;
}
