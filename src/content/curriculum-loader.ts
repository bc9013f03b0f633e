import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { readCourseSources } from '../integration/read-course-sources';
import { formatProblems, formatWarnings } from './checks/problem';
import { PROBLEMS_ENTRY_ID, type CurriculumEntryData } from './curriculum-entry';
import { toCurriculumEntries } from './to-curriculum-entries';

const FIX_HINT = 'Fix each problem listed above, then build again. The README section "Writing a course" describes every field.';

/**
 * The one reader of courses: every course.yaml and lesson is read and parsed once, every author
 * problem is collected in the same pass, and what pages, search and packages need goes into the
 * entries. A build with problems stops here with all of them; live preview keeps the last good
 * entries and shows the problems on every page until they are fixed.
 */
export function curriculumLoader(coursesDirectory: () => string): Loader {
  return {
    name: 'peerpath-curriculum',
    load: async (context) => {
      const projectRoot = fileURLToPath(context.config.root);
      const coursesDir = path.resolve(projectRoot, coursesDirectory());
      const sync = createSync(context, coursesDir, projectRoot);
      sync();
      if (!context.watcher) return;
      context.watcher.add(coursesDir);
      context.watcher.on('all', (_event, file) => {
        if (path.resolve(file).startsWith(coursesDir + path.sep) && /\.(mdx|ya?ml)$/.test(file)) sync();
      });
    },
  };
}

function createSync({ store, logger, watcher }: LoaderContext, coursesDir: string, projectRoot: string): () => void {
  let lastWarnings = '';
  return () => {
    const started = performance.now();
    const { courses, problems, warnings } = readCourseSources(coursesDir, projectRoot);
    // Said once per change of the warnings, not on every save.
    const warningText = warnings.length > 0 ? formatWarnings(warnings) : '';
    if (warningText && warningText !== lastWarnings) logger.warn(warningText);
    lastWarnings = warningText;
    if (problems.length > 0) {
      const message = formatProblems(problems);
      if (!watcher) throw withoutStack(new AstroError(message, FIX_HINT));
      logger.error(message);
      store.set({ id: PROBLEMS_ENTRY_ID, data: { kind: 'problems', message, hint: FIX_HINT } satisfies CurriculumEntryData });
      return;
    }
    const kept = new Set<string>();
    for (const course of courses) {
      const entries = toCurriculumEntries(course);
      for (const entry of [entries.course, ...entries.lessons]) {
        kept.add(entry.id);
        const data: CurriculumEntryData = entry.data;
        store.set({ ...entry, data: { ...data }, deferredRender: entry.filePath !== undefined });
      }
    }
    for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
    const lessons = courses.reduce((sum, course) => sum + course.lessons.length, 0);
    const plural = courses.length === 1 ? '' : 's';
    logger.info(`Read ${courses.length} course${plural} with ${lessons} lessons in ${Math.round(performance.now() - started)} ms: no problems.`);
  };
}

/** An author's mistake is about their files, not about where in peerpath it was found. */
function withoutStack(error: AstroError): AstroError {
  error.stack = '';
  return error;
}
