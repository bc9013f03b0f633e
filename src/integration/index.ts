import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { passBuildLogsExceptHeadInject } from './quiet-build-logs';
import { readBuiltCourses } from './read-built-courses';
import { summarizeBuildOutputs, writeBuildOutputs } from './write-build-outputs';

/** peerpath's one integration: Vite settings for relative bundles, and packages and search from the built site. */
export default function peerpath(): AstroIntegration {
  let started = performance.now();
  return {
    name: 'peerpath',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        started = performance.now();
        updateConfig({
          vite: {
            // Chunks import each other relatively; Vite's preload helper and its root-based asset
            // URLs would break when an LMS serves a package from a path we cannot know.
            build: {
              // One style sheet for every page: the ClientRouter preloads a page's style sheets before
              // it swaps the page in, and a sheet preloaded for a move that is then superseded is never
              // used (Chromium warns about it). With one sheet, moving between pages fetches no CSS.
              cssCodeSplit: false,
              modulePreload: false,
              // Nothing inlined: the Content-Security-Policy allows no data: scripts, fonts or styles, and after
              // swapping in a page with an inline module script the ClientRouter adds a data: script to wait on.
              assetsInlineLimit: 0,
              rolldownOptions: { onLog: passBuildLogsExceptHeadInject },
            },
            // Scratch output (test traces, benchmark builds) is no source: a change there must not reload the preview.
            server: { watch: { ignored: ['**/.tmp/**'] } },
            experimental: {
              renderBuiltUrl: (_file: string, { hostType }: { hostType: string }) =>
                hostType === 'js' ? { relative: true } : undefined,
            },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const courses = readBuiltCourses(distDir);
        const outputs = await writeBuildOutputs(distDir, courses, logger);
        logger.info(summarizeBuildOutputs(courses, outputs, (performance.now() - started) / 1000));
      },
    },
  };
}
