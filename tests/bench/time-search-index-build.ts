import type { GeneratedCurriculum } from './generate-curriculum.ts';
import { loadSearchModules } from './load-search-modules.ts';

/**
 * Times the build's own search step, `writeCourseSearchIndex`, course by course against the built
 * site. Used when the build log carries no search timings. It rewrites each index file with the
 * same content, as the step is deterministic.
 */
export async function timeSearchIndexBuild(projectRoot: string, outDir: string, curriculum: GeneratedCurriculum): Promise<number> {
  const search = await loadSearchModules(projectRoot);
  const started = performance.now();
  for (const course of curriculum.courses) {
    await search.writeCourseSearchIndex({
      distDir: outDir,
      course: { id: course.id, title: course.title, language: 'en' },
      lessonIds: course.lessonIds,
    });
  }
  return performance.now() - started;
}
