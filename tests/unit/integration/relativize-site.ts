import { listFiles } from '../../../src/integration/list-files';
import { relativizeFile, type RelativizeResult } from '../../../src/integration/relativize-urls';

/**
 * Every built file through relativizeFile, as the build's one pass over the site does
 * (relativizeAndReadSite), without reading the pages for packaging: the site as packages see it.
 */
export function relativizeSiteUrls(distDir: string): RelativizeResult {
  const result: RelativizeResult = { htmlFiles: 0, cssFiles: 0, absoluteInJs: [] };
  const cache = new Map<string, Map<string, string>>();
  for (const file of listFiles(distDir)) relativizeFile(distDir, file, cache, result);
  return result;
}
