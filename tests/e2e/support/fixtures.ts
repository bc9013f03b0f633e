import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { assertSiteBuilt, distDirectory, findScormZip, readBuiltCourse, repositoryRoot, type BuiltCourse, type ScormVersion } from './built-site';
import { createPageGuard, guardContext, type PageGuard } from './page-guard';
import { unpackScormZip } from './scorm-package';
import { startStaticServer, type StaticServer } from './static-server';

/** An unzipped SCORM package, served from a deep path the course cannot know in advance. */
export interface MountedPackage {
  version: ScormVersion;
  /** The URL folder the package is served from, e.g. /lms/content/9f3a/attempt-2/ */
  folder: string;
  /** Root-relative URL of the SCO with the manifest's parameters, e.g. /lms/content/9f3a/attempt-2/courses/x/index.html?scorm=12 */
  launchUrl: string;
}

interface WorkerFixtures {
  server: StaticServer;
  course: BuiltCourse;
  scormPackages: Record<ScormVersion, MountedPackage>;
}

interface TestFixtures {
  guard: PageGuard;
  /** A new, empty browser context (another device) that the guard watches too. */
  openContext: () => Promise<BrowserContext>;
}

const packageFolders: Record<ScormVersion, string> = {
  '12': '/lms/content/9f3a/attempt-2/',
  '2004': '/lms/content/7c1e/attempt-2/',
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      assertSiteBuilt();
      const server = await startStaticServer({
        '/': distDirectory,
        '/lms/': path.join(repositoryRoot, 'tests/e2e/lms'),
        '/lms/vendor/': path.join(repositoryRoot, 'node_modules/scorm-again/dist'),
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  course: [async ({}, use) => use(readBuiltCourse()), { scope: 'worker' }],
  scormPackages: [
    async ({ server, course }, use) => {
      const temporary = mkdtempSync(path.join(tmpdir(), 'peerpath-e2e-'));
      const mount = (version: ScormVersion): MountedPackage => {
        const unpacked = unpackScormZip(findScormZip(course.id, version), path.join(temporary, `scorm${version}`));
        server.mount(packageFolders[version], unpacked.directory);
        return { version, folder: packageFolders[version], launchUrl: packageFolders[version] + unpacked.launchPath };
      };
      try {
        await use({ '12': mount('12'), '2004': mount('2004') });
      } finally {
        rmSync(temporary, { recursive: true, force: true });
      }
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.origin),
  guard: [
    async ({ context }, use) => {
      const guard = createPageGuard();
      await guardContext(context, guard);
      await use(guard);
      // Close the pages here, not after the check: errors in pagehide handlers (the learner closing the tab) count too.
      for (const open of context.pages()) await open.close();
      expect(guard.problems, 'The browser console stays free of errors and nothing is requested from another origin').toEqual([]);
    },
    { auto: true },
  ],
  openContext: async ({ browser, guard, baseURL }, use) => {
    const opened: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext({ baseURL });
      opened.push(context);
      await guardContext(context, guard);
      return context;
    });
    await Promise.all(opened.map((context) => context.close()));
  },
});

export { expect };
