import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createBenchQueries } from './bench-queries.ts';
import { loadSearchModules, type SearchModules } from './load-search-modules.ts';
import { percentile } from './percentile.ts';

export interface Latency {
  count: number;
  medianMs: number;
  p95Ms: number;
  meanHits: number;
}

export interface SearchIndexFigures {
  files: number;
  documents: number;
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
  /** Reading, parsing and loading one course index, as a browser does before its first search. */
  loadMs: { median: number; max: number };
  /** A course's search field: one index, the top 6 hits (as src/runtime/search/mount-search-field.ts). */
  oneCourse: Latency;
  /** The site search field: every course index, the top 6 hits. */
  allCourses: Latency;
  /** The search page: every course index, every hit with its snippet. */
  searchPage: Latency;
}

const SHORT_LIST = 6;

/** Sizes every `courses/<id>/search-index.json` of a built site and times the 200 bench queries against it. */
export async function measureSearchIndex(projectRoot: string, outDir: string): Promise<SearchIndexFigures | undefined> {
  const files = listIndexFiles(outDir);
  if (files.length === 0) return undefined;
  const { createSearchService } = await loadSearchModules(projectRoot);
  // The service resolves hit links against index URLs, as the browser does; file: URLs keep that working.
  const readJson = async (url: string): Promise<unknown> => JSON.parse(readFileSync(fileURLToPath(url), 'utf8'));
  const urls = files.map((file) => pathToFileURL(file).href);
  let rawBytes = 0, gzipBytes = 0, brotliBytes = 0, documents = 0;
  const loadTimes: number[] = [];

  for (const [position, file] of files.entries()) {
    const raw = readFileSync(file);
    rawBytes += raw.length;
    gzipBytes += gzipSync(raw, { level: 9 }).length;
    brotliBytes += brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }).length;
    documents += (JSON.parse(raw.toString('utf8')) as { docs?: unknown[] }).docs?.length ?? 0;
    // A fresh service per file, so each load is a first load.
    const started = performance.now();
    const { failedUrls } = await createSearchService(readJson).load([urls[position] as string]);
    loadTimes.push(performance.now() - started);
    if (failedUrls.length > 0) throw new Error(`${file} could not be loaded by the search service`);
  }

  const service = createSearchService(readJson);
  await service.load(urls);
  return {
    files: files.length, documents, rawBytes, gzipBytes, brotliBytes,
    loadMs: { median: percentile(loadTimes, 50), max: Math.max(...loadTimes) },
    oneCourse: await timeQueries(service, urls.map((url) => [url]), SHORT_LIST),
    allCourses: await timeQueries(service, [urls], SHORT_LIST),
    searchPage: await timeQueries(service, [urls], undefined),
  };
}

type SearchService = ReturnType<SearchModules['createSearchService']>;

async function timeQueries(service: SearchService, indexSets: string[][], limit: number | undefined): Promise<Latency> {
  const queries = createBenchQueries();
  const times: number[] = [];
  let hits = 0;
  for (const indexUrls of indexSets) {
    // Warm-up: JIT and the term normaliser's cache, as after a learner's first few searches.
    for (const query of queries) await service.search(indexUrls, query, limit);
    for (const query of queries) {
      const started = performance.now();
      const outcome = await service.search(indexUrls, query, limit);
      times.push(performance.now() - started);
      hits += outcome.total;
    }
  }
  return { count: times.length, medianMs: percentile(times, 50), p95Ms: percentile(times, 95), meanHits: hits / times.length };
}

function listIndexFiles(outDir: string): string[] {
  const coursesDir = path.join(outDir, 'courses');
  if (!existsSync(coursesDir)) return [];
  return readdirSync(coursesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(coursesDir, entry.name, 'search-index.json'))
    .filter((file) => existsSync(file))
    .sort();
}
