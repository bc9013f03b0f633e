// Every page is a file ending in .html (build.format 'preserve'), because LMSs serve packages
// as plain files and cannot be relied on to map a folder URL to its index.html.
export const catalogPath = () => '/index.html';
export const siteSearchPath = () => '/search.html';
export const coursePath = (courseId: string) => `/courses/${courseId}/index.html`;
export const lessonPath = (courseId: string, lessonId: string) => `/courses/${courseId}/${lessonId}.html`;
export const courseSearchPath = (courseId: string) => `/courses/${courseId}/search.html`;
export const recordedPath = (courseId: string) => `/courses/${courseId}/recorded.html`;
export const courseSearchIndexPath = (courseId: string) => `/courses/${courseId}/search-index.json`;
// Beside the lessons in the course folder, so SCORM packages carry them and every link stays inside the package.
export const takeABreakPath = (courseId: string) => `/courses/${courseId}/take-a-break.html`;
/** The neutral page "Exit this page" replaces a sensitive page with. */
export const exitPagePath = (courseId: string) => `/courses/${courseId}/exit.html`;
/** Folder of a course in the built site, relative to its root: what a package holds. */
export const courseFolder = (courseId: string) => `courses/${courseId}`;

/** Lesson ids that would overwrite the course's own pages, which share the lessons' folder. */
export const RESERVED_LESSON_IDS = ['index', 'search', 'search-index', 'recorded', 'take-a-break', 'exit'] as const;
/** What the tracking runtime and packaging read about a course (see CourseTracking). */
export const courseDataPath = (courseId: string) => `/courses/${courseId}/course-data.json`;

/**
 * A course's folder in the built site (`/courses/<slug>/`): its id, or `<id>-<language>` for a language
 * version (`translatedFrom`), which shares the id, and so the record, with the course it translates.
 */
export const courseSlug = (course: { id: string; language: string; translatedFrom?: string | undefined }) =>
  course.translatedFrom === undefined ? course.id : `${course.id}-${course.language}`;
