// Beside the lessons in the course folder, so SCORM packages carry them and every link stays inside
// the package. Lesson ids "take-a-break" and "exit" would collide with these pages.
export const takeABreakPath = (courseId: string) => `/courses/${courseId}/take-a-break.html`;
/** The neutral page Exit this page replaces a sensitive page with. */
export const exitPagePath = (courseId: string) => `/courses/${courseId}/exit.html`;
