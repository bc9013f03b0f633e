import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { percentile } from './percentile.ts';

export interface ScormPackageFigures {
  count: number;
  totalBytes: number;
  minBytes: number;
  medianBytes: number;
  maxBytes: number;
}

/** Counts and sizes the zips in `<outDir>/scorm/`; undefined when the build made none. */
export function measureScormPackages(outDir: string): ScormPackageFigures | undefined {
  const dir = path.join(outDir, 'scorm');
  if (!existsSync(dir)) return undefined;
  const sizes = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.zip'))
    .map((file) => statSync(path.join(dir, file)).size);
  if (sizes.length === 0) return undefined;
  return {
    count: sizes.length,
    totalBytes: sizes.reduce((sum, size) => sum + size, 0),
    minBytes: Math.min(...sizes),
    medianBytes: percentile(sizes, 50),
    maxBytes: Math.max(...sizes),
  };
}
