import { readFileSync } from 'node:fs';
import path from 'node:path';
import { courseFolder } from '../../core/site-paths';
import { findUrlsInCss, findUrlsInHtml } from '../find-urls';
import { listFiles } from '../list-files';

/** Reads a built file by its path relative to the site root. */
export type ReadBuiltFile = (relativePath: string) => Uint8Array;

// Static `import … from "./x.js"` / `import "./x.js"`, dynamic `import("./x.js")`, and
// `new URL("./x", import.meta.url)` (Vite writes workers as `new URL(`x.js`, ``+import.meta.url)`):
// the ways Vite's output reaches other files.
const JS_REFERENCES =
  /\b(?:from|import)\s*\(?\s*(["'`])(\.{0,2}\/[^"'`\s]*)\1|\bnew\s+URL\(\s*(["'`])([^"'`\s]+)\3\s*,[^,)]*?import\.meta\.url/g;
const URL_WITH_SCHEME = /^[a-z][a-z\d+.-]*:/i;

const OS_JUNK = new Set(['.DS_Store', '__MACOSX', 'Thumbs.db', 'desktop.ini']);

/** Files macOS and Windows leave behind (including AppleDouble "._" files), which no package should carry. */
export const isOsJunk = (file: string) => file.split('/').some((part) => OS_JUNK.has(part) || part.startsWith('._'));

/** What the build already knows about the site, so packaging need not list or parse it again. */
export interface KnownSite {
  /** Every file of the site, as listFiles gives them. */
  files?: readonly string[];
  /** URLs in built pages, by page (see findPageReferences). */
  pageReferences?: ReadonlyMap<string, readonly string[]>;
}

/**
 * The files a course's package needs, as sorted forward-slash paths relative to `distDir`: everything in the
 * course's folder, plus the shared files (bundles, styles, fonts) its pages reach, followed transitively.
 * Other courses' folders and the site's own pages (catalogue, site search) never come along.
 */
export function collectCourseFiles(
  distDir: string,
  courseId: string,
  readFile: ReadBuiltFile = (file) => readFileSync(path.join(distDir, file)),
  known: KnownSite = {},
): string[] {
  const folder = `${courseFolder(courseId)}/`;
  const allFiles = new Set((known.files ?? listFiles(distDir)).filter((file) => !isOsJunk(file)));
  const isPackageable = (file: string) =>
    allFiles.has(file) && (file.startsWith(folder) || (!file.startsWith('courses/') && !file.endsWith('.html')));

  const included = new Set([...allFiles].filter((file) => file.startsWith(folder)));
  const queue = [...included];
  // Sibling pages repeat most references (navigation, bundles), so resolve each once per folder.
  const resolvedByFolder = new Map<string, Map<string, string | undefined>>();
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const fromDir = path.posix.dirname(file);
    let resolved = resolvedByFolder.get(fromDir);
    if (!resolved) resolvedByFolder.set(fromDir, (resolved = new Map<string, string | undefined>()));
    const references = known.pageReferences?.get(file) ?? findReferences(file, () => toText(readFile(file)));
    for (const reference of references) {
      let target = resolved.get(reference);
      if (target === undefined && !resolved.has(reference)) {
        resolved.set(reference, (target = resolveReference(fromDir, reference, allFiles)));
      }
      if (target !== undefined && !included.has(target) && isPackageable(target)) {
        included.add(target);
        queue.push(target);
      }
    }
  }
  return [...included].sort();
}

function findReferences(file: string, readText: () => string): string[] {
  if (file.endsWith('.html')) {
    const found = findUrlsInHtml(readText());
    return findPageReferences(found.urls.map((url) => url.value), found.inlineScripts);
  }
  if (file.endsWith('.css')) return findUrlsInCss(readText()).map((url) => url.value);
  if (/\.m?js$/.test(file)) return findUrlsInJs(readText());
  return [];
}

/** The references of a page, from the raw URL values in its markup and the bodies of its inline scripts. */
export function findPageReferences(urls: readonly string[], inlineScripts: readonly string[]): string[] {
  return [...urls.map((url) => (url.includes('&') ? url.replaceAll('&amp;', '&') : url)), ...inlineScripts.flatMap(findUrlsInJs)];
}

function findUrlsInJs(js: string): string[] {
  return [...js.matchAll(JS_REFERENCES)].flatMap((match) => match[2] ?? match[4] ?? []);
}

/** The built file a URL in a file in `fromDir` points at, if it is a file of this site. */
function resolveReference(fromDir: string, url: string, allFiles: Set<string>): string | undefined {
  if (url.startsWith('#') || url.startsWith('//') || URL_WITH_SCHEME.test(url)) return undefined;
  const target = url.replace(/[?#].*$/s, '');
  if (target === '') return undefined;
  const decoded = safelyDecode(target);
  const joined = decoded.startsWith('/') ? decoded.slice(1) : path.posix.join(fromDir, decoded);
  const normalized = path.posix.normalize(joined).replace(/\/$/, '');
  if (normalized.startsWith('../') || normalized === '..') return undefined;
  if (allFiles.has(normalized)) return normalized;
  const index = normalized === '.' ? 'index.html' : `${normalized}/index.html`;
  return allFiles.has(index) ? index : undefined;
}

const toText = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

function safelyDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
