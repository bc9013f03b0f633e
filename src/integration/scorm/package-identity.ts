import { coursePath } from '../../core/site-paths';

/** The slice of a course that packaging needs. */
export interface PackagedCourse {
  id: string;
  title: string;
  summary: string;
  version: string;
  language: 'en' | 'da';
  /**
   * The course pass mark (percent), when anything in the course carries points (a counted quiz or a
   * scored scenario): the manifests hand it to the LMS. Undefined when the course never reports a score.
   */
  passMark?: number;
}

export interface PackageIdentifiers {
  manifest: string;
  organization: string;
  item: string;
  resource: string;
}

/**
 * Identifiers for one course's manifests (course ids are already safe XML ids: lowercase, digits, dashes).
 * Only the manifest's carries the version: LMSs key learners' records on the item identifier, so
 * keeping it fixed lets a republished package update in place without losing anyone's progress.
 */
export function createPackageIdentifiers(course: Pick<PackagedCourse, 'id' | 'version'>): PackageIdentifiers {
  return {
    manifest: `peerpath-${course.id}-${course.version}`,
    organization: `org-${course.id}`,
    item: `item-${course.id}`,
    resource: `sco-${course.id}`,
  };
}

/** The course overview page: the SCO's launch file, relative to the package root. */
export const launchHref = (courseId: string) => coursePath(courseId).slice(1);

/** A packaged file's path as a manifest href: a relative URI whose segments are percent-encoded where needed. */
export const fileHref = (file: string) => file.split('/').map(encodeURIComponent).join('/');
