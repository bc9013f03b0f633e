import { isLmsPreset, type EmulatedVersion, type LmsPreset } from '../../runtime/lms-emulator';

/** What the preview launches: from its address (the `peerpath preview-lms` command sets it) or its form. */
export interface PreviewSettings {
  course: string;
  version: EmulatedVersion;
  preset: LmsPreset;
  /** An unpacked package's launch URL; undefined to launch the course's pages on this site. */
  packageUrl: string | undefined;
}

/** Reads ?course=, ?scorm=12|1.2|2004, ?preset= and ?launch= from the preview's address. */
export function readPreviewSettings(search: string, courses: readonly string[]): PreviewSettings {
  const query = new URLSearchParams(search);
  const course = query.get('course');
  const preset = query.get('preset');
  return {
    course: course !== null && courses.includes(course) ? course : (courses[0] ?? ''),
    version: query.get('scorm') === '2004' ? '2004' : '12',
    preset: isLmsPreset(preset) ? preset : 'moodle',
    packageUrl: query.get('launch') ?? undefined,
  };
}

/** The SCO to launch: the package, or the course's first page on this site with the version a manifest would give. */
export function toLaunchUrl(settings: PreviewSettings, pageUrl: string): string {
  if (settings.packageUrl) return new URL(settings.packageUrl, pageUrl).href;
  return new URL(`../courses/${encodeURIComponent(settings.course)}/index.html?scorm=${settings.version}`, pageUrl).href;
}
