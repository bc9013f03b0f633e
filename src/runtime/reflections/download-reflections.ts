import type { ReflectionStore } from './reflection-store';

/** What the downloaded file is called and the heading at its top, in the course language. */
export interface ReflectionFile {
  title: string;
  fileName: string;
}

/**
 * Hands the learner their reflections as a plain-text file, made in the browser. A data URL:
 * nothing leaves the device, and there is no object URL to clean up afterwards. With a course id,
 * only that course's reflections go in.
 */
export function downloadReflections(document: Document, store: ReflectionStore, file: ReflectionFile, courseId?: string): void {
  const link = document.createElement('a');
  link.href = `data:text/plain;charset=utf-8,${encodeURIComponent(store.exportAsText(file.title, courseId))}`;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
