import { RESERVED_LESSON_IDS } from '../../core/site-paths';
import type { SourcePlace } from '../mdx-elements/collect-lesson-references';
import { findClosestMatch } from '../../core/text/closest-match';
import type { Problem } from './problem';

export interface LessonLinks {
  /** Path of the lesson relative to the project root. */
  file: string;
  courseId: string;
  lessonId: string;
  links: readonly (SourcePlace & { url: string })[];
}

export interface SiteContents {
  /** Lesson ids of every course, by course id. */
  lessonsByCourse: ReadonlyMap<string, ReadonlySet<string>>;
  /** The lesson id of each lesson file, by its path relative to the project root. */
  lessonIdByFile: ReadonlyMap<string, string>;
  /** Whether a site path names a file in `public/`. */
  existsInPublic: (sitePath: string) => boolean;
}

// Lessons are pages beside each other in their course's folder; a made-up origin lets URL resolve links as a browser would.
const ORIGIN = 'https://course.invalid';
const SITE_PAGES = new Set(['/index.html', '/search.html']);

/** Every internal link must reach a page the build makes: a lesson, a course page or a file in public/. */
export function checkLessonLinks(lessons: readonly LessonLinks[], site: SiteContents): Problem[] {
  return lessons.flatMap((lesson) => lesson.links.flatMap((link) => {
    const problem = explainBrokenLink(link.url.trim(), lesson, site);
    return problem ? [{ file: lesson.file, line: link.line, column: link.column, entry: `lesson "${lesson.lessonId}"`, ...problem }] : [];
  }));
}

function explainBrokenLink(url: string, lesson: LessonLinks, site: SiteContents): { message: string; hint: string } | undefined {
  if (url === '' || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const target = url.replace(/[?#].*$/, '');
  if (/\.mdx?$/i.test(target)) {
    const source = new URL(target, `${ORIGIN}/${lesson.file}`).pathname.slice(1);
    const id = site.lessonIdByFile.get(decodeURI(source));
    return {
      message: `The link "${url}" points at a lesson's source file. Learners get web pages, not .mdx files, so the link would lead nowhere.`,
      hint: id
        ? `Link to the lesson's page instead: \`(${id}.html${hashOf(url)})\`.`
        : 'Link to the lesson\'s page instead: its id followed by `.html`, e.g. `(what-peer-support-is.html)`.',
    };
  }
  const page = new URL(target, `${ORIGIN}/courses/${lesson.courseId}/${lesson.lessonId}.html`).pathname;
  const match = /^\/courses\/([^/]+)\/([^/]+?)(\.html)?$/.exec(decodeURI(page));
  if (!match) {
    if (SITE_PAGES.has(page) || site.existsInPublic(decodeURI(page))) return undefined;
    return {
      message: `The link "${url}" leads to ${page}, which the site does not have, so learners would reach an error page.`,
      hint: 'Link to a lesson by its id followed by `.html`, e.g. `(what-peer-support-is.html)`, or put the file in public/.',
    };
  }
  const [, courseId = '', pageId = '', html] = match;
  const lessons = site.lessonsByCourse.get(courseId);
  if (!lessons) {
    return {
      message: `The link "${url}" leads to the course "${courseId}", which does not exist, so learners would reach an error page.`,
      hint: `Link to a lesson of this course by its id followed by \`.html\`; for another course, use \`../<course id>/<lesson id>.html\` (courses: ${[...site.lessonsByCourse.keys()].join(', ')}).`,
    };
  }
  const known = lessons.has(pageId) || (RESERVED_LESSON_IDS as readonly string[]).includes(pageId);
  if (known && html) return undefined;
  if (known) {
    return {
      message: `The link "${url}" leaves out \`.html\`. Learning platforms serve lessons as plain files, so without it the link fails inside a SCORM package.`,
      hint: `Write \`(${target.replace(/\/$/, '')}.html${hashOf(url)})\`.`,
    };
  }
  const close = findClosestMatch(pageId, lessons);
  const inCourse = courseId === lesson.courseId ? 'this course' : `the course "${courseId}"`;
  return {
    message: `The link "${url}" leads to a lesson "${pageId}", but ${inCourse} has no lesson with that id, so learners would reach an error page.`,
    hint: close
      ? `Did you mean \`(${courseId === lesson.courseId ? '' : `../${courseId}/`}${close}.html${hashOf(url)})\`? Links use the lesson's \`id\` from its frontmatter, not its file name or title.`
      : 'Links use the lesson\'s `id` from its frontmatter followed by `.html`, e.g. `(what-peer-support-is.html)`.',
  };
}

function hashOf(url: string): string {
  return /#.*$/.exec(url)?.[0] ?? '';
}
