// Every page is a file ending in .html (build.format 'preserve'), because LMSs serve packages
// as plain files and cannot be relied on to map a folder URL to its index.html.
export const catalogPath = () => '/index.html';
export const siteSearchPath = () => '/search.html';
export const coursePath = (courseId: string) => `/courses/${courseId}/index.html`;
export const lessonPath = (courseId: string, lessonId: string) => `/courses/${courseId}/${lessonId}.html`;
export const courseSearchPath = (courseId: string) => `/courses/${courseId}/search.html`;
export const recordedPath = (courseId: string) => `/courses/${courseId}/recorded.html`;
export const courseSearchIndexPath = (courseId: string) => `/courses/${courseId}/search-index.json`;
/** Folder of a course in the built site, relative to its root: what a package holds. */
export const courseFolder = (courseId: string) => `courses/${courseId}`;
