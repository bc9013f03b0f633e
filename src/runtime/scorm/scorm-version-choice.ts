import { parseScormVersion, type ScormVersion } from '../../core/scorm/scorm-version';

export const SCORM_VERSION_STORAGE_KEY = 'peerpath:scorm-version';

/**
 * The version the package was launched as: the manifest's launch URL says `?scorm=12` or
 * `?scorm=2004`, and later pages lose the query, so it is kept in sessionStorage for the launch.
 * Undefined when neither says (the plain website).
 */
export function chooseScormVersion(
  search: string,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
): ScormVersion | undefined {
  const fromQuery = parseScormVersion(new URLSearchParams(search).get('scorm'));
  try {
    if (fromQuery) storage?.setItem(SCORM_VERSION_STORAGE_KEY, fromQuery);
    return fromQuery ?? parseScormVersion(storage?.getItem(SCORM_VERSION_STORAGE_KEY));
  } catch {
    return fromQuery;
  }
}
