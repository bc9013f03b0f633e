import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { percentile } from './percentile.ts';

export interface SiteFigures {
  /** Every file of the site except the SCORM zips. */
  siteBytes: number;
  files: number;
  /** Median size of a lesson page (the files `lessonPages` names). */
  lessonPageMedianBytes: number;
  lessonPageMaxBytes: number;
}

/** Sizes the built site; `lessonPages` are paths relative to `outDir`. */
export function measureSite(outDir: string, lessonPages: readonly string[]): SiteFigures {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => !file.startsWith(`scorm${path.sep}`))
    .map((file) => path.join(outDir, file))
    .filter((file) => statSync(file).isFile());
  const pageSizes = lessonPages.map((page) => statSync(path.join(outDir, page)).size);
  return {
    siteBytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    files: files.length,
    lessonPageMedianBytes: percentile(pageSizes, 50),
    lessonPageMaxBytes: Math.max(...pageSizes),
  };
}
