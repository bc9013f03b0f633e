import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from './built-site';

// Messages from inside scorm-again's classes: bundlers minify names but keep string literals, so any
// chunk that carries scorm-again's runtime carries these, and our own tracking code never does.
const markers = ['can only be called before the call to lmsInitialize', 'The data model element passed to'];

export function containsScormAgain(source: string): boolean {
  return markers.some((marker) => source.includes(marker));
}

/** Guards the markers themselves: if a scorm-again upgrade drops them, this says so instead of passing silently. */
export function assertMarkersMatchInstalledScormAgain(): void {
  for (const build of ['esm/scorm12.js', 'esm/scorm2004.js', 'esm/scorm-again.js']) {
    const source = readFileSync(path.join(repositoryRoot, 'node_modules/scorm-again/dist', build), 'utf8');
    if (!containsScormAgain(source)) throw new Error(`scorm-again's ${build} no longer contains the markers in ${import.meta.url}.`);
  }
}
