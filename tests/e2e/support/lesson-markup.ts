import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { distDirectory } from './built-site';
import { listAllQuestions, readCourseQuizzes } from './course-quizzes';
import { pickCovering } from './pick-covering';

// Lessons built from the same kinds of markup pass or fail an accessibility check alike, so a test
// checks one lesson for each kind, not every lesson: its cost follows what the course is made of,
// not how long it is.

const parseLessonPage = (courseId: string, lessonId: string) =>
  parseDocument(readFileSync(path.join(distDirectory, 'courses', courseId, `${lessonId}.html`), 'utf8'));

/**
 * The kinds of markup in a built lesson's body: each element as its tag, classes and role, each
 * language change, and each step in heading level (h2 → h4 skips one, whatever the text says).
 */
export function readLessonMarkup(courseId: string, lessonId: string): Set<string> {
  const document = parseLessonPage(courseId, lessonId);
  const body = DomUtils.findOne((element) => 'data-search-body' in element.attribs, document.children);
  if (!body) throw new Error(`${courseId}/${lessonId}.html has no lesson body (article[data-search-body]).`);
  const elements = DomUtils.findAll(() => true, body.children);
  const kinds = elements.map((element) => {
    const classes = (element.attribs.class ?? '').split(/\s+/).filter((name) => name !== '' && !name.startsWith('astro-')).sort();
    return [element.name, ...classes.map((name) => `.${name}`), element.attribs.role ? `[role=${element.attribs.role}]` : '', element.attribs.lang ? '[lang]' : ''].join('');
  });
  const levels = elements.flatMap((element) => (/^h[1-6]$/.test(element.name) ? [Number(element.name.slice(1))] : []));
  const steps = levels.slice(1).map((level, index) => `h${levels[index] ?? level} → h${level}`);
  return new Set([...kinds, ...steps]);
}

/**
 * Few lessons that between them hold every kind of markup the course's lessons have. A quiz island
 * renders its questions only in the browser, so the kinds of question each lesson asks (from the
 * source) count as markup too.
 */
export function pickLessonsCoveringEveryMarkup(courseId: string, lessonIds: readonly string[]): string[] {
  const { quizzes } = readCourseQuizzes(courseId);
  const questionKinds = (lessonId: string) =>
    quizzes.filter((quiz) => quiz.lessonId === lessonId).flatMap((quiz) => listAllQuestions(quiz).map((question) => `question:${question.kind}`));
  return pickCovering(lessonIds, (lessonId) => new Set([...readLessonMarkup(courseId, lessonId), ...questionKinds(lessonId)]));
}

/** Where a built lesson page's "Next" link (a[rel=next]) leads: a lesson id, or undefined when it has none. */
export function readNextLessonId(courseId: string, lessonId: string): string | undefined {
  const document = parseLessonPage(courseId, lessonId);
  const links = DomUtils.findAll((element) => element.name === 'a' && /\bnext\b/.test(element.attribs.rel ?? ''), document.children);
  if (links.length > 1) throw new Error(`${courseId}/${lessonId}.html has ${links.length} next links.`);
  const href = links[0]?.attribs.href;
  return href === undefined ? undefined : /([^/]+)\.html(?:#.*)?$/.exec(href)?.[1] ?? href;
}
