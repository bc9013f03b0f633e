import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatProblems } from '../content/checks/problem';
import { coursesDirectory } from '../content/courses-directory';
import { readCourseSources } from './read-course-sources';

/** peerpath's one integration: checks courses before Astro loads them, and post-processes the built site. */
export default function peerpath(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'peerpath',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        projectRoot = fileURLToPath(config.root);
        const sources = checkCourses(projectRoot);
        logger.info(describeCourses(sources.courses));
        // Chunks import each other relatively; Vite's preload helper would add root-absolute URLs
        // that break when an LMS serves a package from a path we cannot know.
        updateConfig({ vite: { build: { modulePreload: false } } });
      },
    },
  };
}

function checkCourses(projectRoot: string) {
  const sources = readCourseSources(path.resolve(projectRoot, coursesDirectory()), projectRoot);
  if (sources.problems.length > 0) {
    throw new AstroError(
      formatProblems(sources.problems),
      'Fix each problem listed above, then build again. The README section "Writing a course" describes every field.',
    );
  }
  return sources;
}

function describeCourses(courses: ReturnType<typeof readCourseSources>['courses']): string {
  const lessons = courses.reduce((sum, course) => sum + course.lessons.length, 0);
  return `Checked ${courses.length} course${courses.length === 1 ? '' : 's'} with ${lessons} lessons: no problems.`;
}
