import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The built site under test: `dist/` unless E2E_DIST_DIR points at another build. */
export const distDirectory = path.resolve(repositoryRoot, process.env.E2E_DIST_DIR ?? 'dist');

/** The e2e suite drives the real sample curriculum unless E2E_COURSE_ID names another built course. */
export const courseIdUnderTest = process.env.E2E_COURSE_ID ?? 'peer-support-facilitation';

export interface BuiltCourse {
  id: string;
  /** Lesson ids in course order, as the overview lists them: at least the two the tests need. */
  lessonIds: readonly [string, string, ...string[]];
  /** A lesson whose page carries a content note, preferring one that covers the whole lesson. */
  contentNoteLessonId: string | undefined;
  /** A word from the first lesson's title: searching for it must find that lesson. */
  searchWord: string;
}

/** Throws the one message a developer needs when the site has not been built. */
export function assertSiteBuilt(): void {
  if (!existsSync(path.join(distDirectory, 'index.html'))) {
    throw new Error(`No built site at ${distDirectory} (index.html is missing): run npm run build first.`);
  }
}

function readPage(...segments: string[]): string {
  return readFileSync(path.join(distDirectory, ...segments), 'utf8');
}

function listBuiltCourseIds(): string[] {
  const coursesDirectory = path.join(distDirectory, 'courses');
  if (!existsSync(coursesDirectory)) return [];
  return readdirSync(coursesDirectory).filter((name) => existsSync(path.join(coursesDirectory, name, 'index.html')));
}

function readLessonIds(overviewHtml: string): string[] {
  const ids = [...overviewHtml.matchAll(/data-progress-mark="([^"]+)"/g)].flatMap((match) => match[1] ?? []);
  return [...new Set(ids)];
}

function hasLessonLevelNote(lessonHtml: string): boolean {
  return /<article[^>]*data-search-body[^>]*>\s*<section[^>]*data-content-note/.test(lessonHtml);
}

function findContentNoteLesson(lessons: { id: string; html: string }[]): string | undefined {
  return (lessons.find((lesson) => hasLessonLevelNote(lesson.html)) ?? lessons.find((lesson) => lesson.html.includes('data-content-note')))?.id;
}

// The rarest word of the first lesson's title, so a results list that shows only the best hits still holds that lesson.
function pickSearchWord(firstLessonPage: string, lessonPages: string[]): string {
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(firstLessonPage)?.[1] ?? '';
  const words = (title.match(/[A-Za-z]{4,}/g) ?? []).map((word) => word.toLowerCase());
  // Only lesson bodies count: every page's navigation lists every lesson title.
  const bodies = lessonPages.map((html) => (/<article[^>]*data-search-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '').toLowerCase());
  const pagesWith = (word: string) => bodies.filter((body) => body.includes(word)).length;
  const rarest = words.sort((a, b) => pagesWith(a) - pagesWith(b) || b.length - a.length)[0];
  if (!rarest) throw new Error(`The first lesson's <h1> ("${title}") has no word to search for.`);
  return rarest;
}

export function readBuiltCourse(courseId = courseIdUnderTest): BuiltCourse {
  assertSiteBuilt();
  const builtIds = listBuiltCourseIds();
  if (!builtIds.includes(courseId)) {
    throw new Error(
      `The built site has no course "${courseId}" (found: ${builtIds.join(', ') || 'none'}). ` +
        'Run npm run build first, or set E2E_COURSE_ID to a course in the built site.',
    );
  }
  // A language version's overview also lists modules not yet translated, whose lessons are in the original's folder.
  const own = readLessonIds(readPage('courses', courseId, 'index.html')).filter((id) => existsSync(path.join(distDirectory, 'courses', courseId, `${id}.html`)));
  const [first, second, ...others] = own;
  if (first === undefined || second === undefined) throw new Error(`Course "${courseId}" lists fewer than two lessons; the tests need at least two.`);
  const lessonIds = [first, second, ...others] as const;
  const lessons = lessonIds.map((id) => ({ id, html: readPage('courses', courseId, `${id}.html`) }));
  return {
    id: courseId,
    lessonIds,
    contentNoteLessonId: findContentNoteLesson(lessons),
    searchWord: pickSearchWord(readPage('courses', courseId, `${first}.html`), lessons.map((lesson) => lesson.html)),
  };
}

export type ScormVersion = '12' | '2004';

/** dist/scorm/<course-id>-<version>-scorm12.zip or …-scorm2004.zip. */
export function findScormZip(courseId: string, version: ScormVersion): string {
  const scormDirectory = path.join(distDirectory, 'scorm');
  const suffix = `-scorm${version}.zip`;
  const names = existsSync(scormDirectory) ? readdirSync(scormDirectory) : [];
  const name = names.find((candidate) => candidate.startsWith(`${courseId}-`) && candidate.endsWith(suffix));
  if (!name) {
    throw new Error(
      `No SCORM ${version === '12' ? '1.2' : '2004'} package for "${courseId}" in ${scormDirectory} ` +
        `(expected ${courseId}-<version>${suffix}). Run npm run build first.`,
    );
  }
  return path.join(scormDirectory, name);
}
