import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { staticClosure, type ModuleNode } from './module-graph.ts';
import type { IslandTiming, PageScripts } from './read-page-scripts.ts';

/** When a page fetches a file: its start-up, islands by their directive, or a later `import()`. */
export type LoadPhase = IslandTiming | 'on demand';

export interface WeighedFile {
  /** Path in the built site, or "inline script N". */
  file: string;
  phase: LoadPhase;
  brotliBytes: number;
  /** Carries scorm-again's runtime: the local record on the plain site. */
  scormAgain: boolean;
}

export interface PageWeight {
  files: WeighedFile[];
  /** Brotli bytes by phase. */
  byPhase: Record<LoadPhase, number>;
}

// Messages from inside scorm-again's classes: minifiers keep string literals, our own code never has them.
const scormAgainMarkers = ['can only be called before the call to lmsInitialize', 'The data model element passed to'];
export const containsScormAgain = (source: string) => scormAgainMarkers.some((marker) => source.includes(marker));

export const brotliSize = (text: string | Buffer) => brotliCompressSync(text).length;

// Pages share most files; each is compressed once per run.
const fileWeights = new Map<string, { brotliBytes: number; scormAgain: boolean }>();
function weighFile(root: string, file: string): { brotliBytes: number; scormAgain: boolean } {
  const key = path.join(root, file);
  let weight = fileWeights.get(key);
  if (!weight) {
    const source = readFileSync(key);
    weight = { brotliBytes: brotliSize(source), scormAgain: containsScormAgain(source.toString('utf8')) };
    fileWeights.set(key, weight);
  }
  return weight;
}

/**
 * Weighs what a built page (at `pagePath` in `root`) fetches, following the module graph from its
 * script tags and islands: every file once, in the first phase that needs it.
 */
export function measurePageWeight(root: string, pagePath: string, scripts: PageScripts, readNode: (file: string) => ModuleNode): PageWeight {
  const fromPage = (url: string) => path.posix.normalize(path.posix.join(path.posix.dirname(pagePath), url));
  const islandFiles = (timing: IslandTiming) =>
    scripts.islands.filter((island) => island.timing === timing).flatMap((island) => [island.component, ...island.alongside]).map(fromPage);
  const entries: [LoadPhase, string[]][] = [
    ['start-up', [...scripts.moduleScripts.map(fromPage), ...islandFiles('start-up')]],
    ['when visible', islandFiles('when visible')],
    ['once idle', islandFiles('once idle')],
  ];
  const files: WeighedFile[] = [];
  const placed = new Set<string>();
  const place = (phase: LoadPhase, closure: string[]) => {
    for (const file of closure.filter((candidate) => !placed.has(candidate))) {
      placed.add(file);
      files.push({ file, phase, ...weighFile(root, file) });
    }
  };
  scripts.inlineScripts.forEach((text, index) => {
    files.push({ file: `inline script ${index + 1}`, phase: 'start-up', brotliBytes: brotliSize(text), scormAgain: containsScormAgain(text) });
  });
  for (const [phase, phaseEntries] of entries) place(phase, staticClosure(phaseEntries, readNode));
  // What the loaded code may import later; followed until nothing new turns up.
  for (let pending = [...placed]; pending.length > 0;) {
    const later = pending.flatMap((file) => readNode(file).dynamicImports).filter((file) => !placed.has(file));
    const closure = staticClosure(later, readNode).filter((file) => !placed.has(file));
    place('on demand', closure);
    pending = closure;
  }
  const byPhase: Record<LoadPhase, number> = { 'start-up': 0, 'when visible': 0, 'once idle': 0, 'on demand': 0 };
  for (const file of files) byPhase[file.phase] += file.brotliBytes;
  return { files, byPhase };
}
