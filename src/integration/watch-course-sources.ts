import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { formatProblems, formatWarnings } from '../content/checks/problem';
import { readCourseSources } from './read-course-sources';

/** Live preview: re-checks the courses on every edit, so authors see problems while they write. */
export function watchCourseSources(
  server: ViteDevServer,
  coursesDir: string,
  projectRoot: string,
  logger: AstroIntegrationLogger,
): void {
  let reported = false;
  let lastWarnings = '';
  server.watcher.on('all', (_event, file) => {
    if (!path.resolve(file).startsWith(coursesDir)) return;
    const { problems, warnings } = readCourseSources(coursesDir, projectRoot);
    // Said once per change of the warnings, not on every keystroke's save.
    const warningText = warnings.length > 0 ? formatWarnings(warnings) : '';
    if (warningText && warningText !== lastWarnings) logger.warn(warningText);
    lastWarnings = warningText;
    if (problems.length > 0) {
      const message = formatProblems(problems);
      logger.error(message);
      server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'peerpath' } });
      reported = true;
    } else if (reported) {
      logger.info('The courses have no problems now.');
      server.ws.send({ type: 'full-reload' });
      reported = false;
    }
  });
}
