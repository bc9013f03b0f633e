import type { CourseVersion } from '../integration/read-course-sources';
import { coursePath, courseSearchPath, lessonPath, recordedPath, takeABreakPath } from '../core/site-paths';
import type { Language } from '../i18n/strings';

/** A way to the same page in another language of the course; no href while that language lacks the lesson. */
export interface LanguageLink {
  language: Language;
  href?: string;
  /** A lesson: the switch keeps the place (section, scroll, open note), as every way back does. */
  keepsPlace: boolean;
}

export type SwitchablePage = 'overview' | 'lesson' | 'search' | 'recorded' | 'break';

/** The same page in every other language version of the course. */
export function listLanguageLinks(versions: readonly CourseVersion[], current: Language, page: SwitchablePage, lessonId?: string): LanguageLink[] {
  return versions.filter((version) => version.language !== current).map((version) => {
    if (page === 'lesson') {
      const has = lessonId !== undefined && version.lessonIds.includes(lessonId);
      return { language: version.language, keepsPlace: has, ...(has ? { href: lessonPath(version.slug, lessonId) } : {}) };
    }
    const href = { overview: coursePath, search: courseSearchPath, recorded: recordedPath, break: takeABreakPath }[page](version.slug);
    return { language: version.language, href, keepsPlace: false };
  });
}
