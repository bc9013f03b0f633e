import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { CourseSource } from '../content/checks/check-course-tree';
import { formatProblems, formatWarnings, type Problem } from '../content/checks/problem';
import { coursesDirectory } from '../content/courses-directory';
import { passBuildLogsExceptHeadInject } from './quiet-build-logs';
import { readCourseSources } from './read-course-sources';
import { watchCourseSources } from './watch-course-sources';
import { summarizeBuildOutputs, writeBuildOutputs } from './write-build-outputs';

/** peerpath's one integration: checks courses before Astro loads them, and makes packages and search from the built site. */
export default function peerpath(): AstroIntegration {
  let projectRoot = process.cwd();
  let courses: CourseSource[] = [];
  let started = performance.now();
  return {
    name: 'peerpath',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        started = performance.now();
        projectRoot = fileURLToPath(config.root);
        const sources = checkCourses(projectRoot);
        courses = sources.courses;
        if (sources.warnings.length > 0) logger.warn(formatWarnings(sources.warnings));
        const lessons = courses.reduce((sum, course) => sum + course.lessons.length, 0);
        logger.info(`Checked ${courses.length} course${courses.length === 1 ? '' : 's'} with ${lessons} lessons: no problems.`);
        updateConfig({
          vite: {
            // Chunks import each other relatively; Vite's preload helper and its root-based asset
            // URLs would break when an LMS serves a package from a path we cannot know.
            build: {
              modulePreload: false,
              rolldownOptions: { onLog: passBuildLogsExceptHeadInject },
            },
            experimental: {
              renderBuiltUrl: (_file: string, { hostType }: { hostType: string }) =>
                hostType === 'js' ? { relative: true } : undefined,
            },
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        watchCourseSources(server, path.resolve(projectRoot, coursesDirectory()), projectRoot, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outputs = await writeBuildOutputs(fileURLToPath(dir), courses, logger);
        logger.info(summarizeBuildOutputs(courses, outputs, (performance.now() - started) / 1000));
      },
    },
  };
}

function checkCourses(projectRoot: string): { courses: CourseSource[]; warnings: Problem[] } {
  const sources = readCourseSources(path.resolve(projectRoot, coursesDirectory()), projectRoot);
  if (sources.problems.length > 0) {
    throw new AstroError(
      formatProblems(sources.problems),
      'Fix each problem listed above, then build again. The README section "Writing a course" describes every field.',
    );
  }
  return sources;
}
