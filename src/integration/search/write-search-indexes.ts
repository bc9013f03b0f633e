import path from 'node:path';
import { courseSearchIndexPath, siteSearchIndexPath } from '../../core/site-paths';
import { courseFolder } from '../../core/site-paths';
import type { SearchLanguage } from '../../core/search/search-language';
import type { BuiltSite } from '../read-built-site';
import type { BuiltCourse } from '../read-built-courses';
import type { IndexableLesson, IndexedCourse } from './build-search-index-set';
import { readBuiltLesson, writeSearchIndexSet, type WrittenSearchIndex } from './write-search-index-set';

/**
 * Every course's own index set (in its folder, so its packages search offline), then one site-wide set
 * per language over all of that language's courses, which the site's search pages query.
 */
export async function writeSearchIndexes(
  distDir: string,
  courses: readonly BuiltCourse[],
  site: Pick<BuiltSite, 'lessons' | 'lessonReadMs'>,
): Promise<WrittenSearchIndex[]> {
  const written: WrittenSearchIndex[] = [];
  const byLanguage = new Map<SearchLanguage, { course: BuiltCourse; lessons: IndexableLesson[] }[]>();
  for (const course of courses) {
    const started = performance.now() - (site.lessonReadMs.get(course.id) ?? 0);
    const lessons = await readLessons(distDir, course, site);
    const indexed: IndexedCourse = { course, path: '../', lessons };
    written.push(await writeSearchIndexSet(distDir, folderOf(courseSearchIndexPath(course.id)), course.language, [indexed], started));
    byLanguage.set(course.language, [...(byLanguage.get(course.language) ?? []), { course, lessons }]);
  }
  for (const [language, languageCourses] of byLanguage) {
    const folder = folderOf(siteSearchIndexPath(language));
    const depth = folder.split('/').length;
    const indexed = languageCourses.map(({ course, lessons }) => ({
      course,
      path: `${'../'.repeat(depth)}${courseFolder(course.id)}/`,
      lessons,
    }));
    written.push(await writeSearchIndexSet(distDir, folder, language, indexed, performance.now()));
  }
  return written;
}

/** The lessons read while relativizing (a lesson without a page fails here). */
async function readLessons(distDir: string, course: BuiltCourse, site: Pick<BuiltSite, 'lessons'>): Promise<IndexableLesson[]> {
  const read = site.lessons.get(course.id);
  const courseDir = path.join(distDir, courseFolder(course.id));
  const lessons: IndexableLesson[] = [];
  for (const lessonId of course.lessonIds) lessons.push(read?.get(lessonId) ?? (await readBuiltLesson(courseDir, lessonId)));
  return lessons;
}

/** `/courses/x/search/manifest.json` -> `courses/x/search`. */
const folderOf = (manifestPath: string) => path.posix.dirname(manifestPath).replace(/^\//, '');
