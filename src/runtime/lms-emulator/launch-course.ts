import { createEmulatedLms, type EmulatedLms, type EmulatedLmsOptions } from './emulated-lms';
import { scormApiNames } from './scorm-api-names';

export interface CourseLaunchOptions extends EmulatedLmsOptions {
  /** The SCO's URL: a package's launch file with the manifest's parameters, or a course page with ?scorm=. */
  launchUrl: string;
  /** Launch the SCO with no LMS API anywhere, as a package opened outside any LMS. */
  withoutApi?: boolean;
}

export interface CourseLaunch {
  /** Undefined when launched without an API. */
  lms: EmulatedLms | undefined;
  frame: HTMLIFrameElement;
  /** Removes the course's frame: its pagehide runs now, as when a learner closes an LMS's player. */
  end(): void;
}

/**
 * Puts a new emulated LMS on `host`'s window (where the course's API discovery finds it by walking
 * up from its frame) and launches the SCO in a frame inside `host`. Any API an earlier launch left
 * on the window, of either version, goes first: a course must find only this session's.
 */
export function launchCourse(host: HTMLElement, options: CourseLaunchOptions): CourseLaunch {
  const view = host.ownerDocument.defaultView as (Window & Record<string, unknown>) | null;
  if (!view) throw new Error('launchCourse: the host element is not in a window');
  for (const names of Object.values(scormApiNames)) delete view[names.windowName];
  const lms = options.withoutApi ? undefined : createEmulatedLms(options);
  if (lms) view[scormApiNames[options.version].windowName] = lms.api;
  const frame = host.ownerDocument.createElement('iframe');
  frame.title = 'Course content';
  frame.src = options.launchUrl;
  host.append(frame);
  return { lms, frame, end: () => frame.remove() };
}
