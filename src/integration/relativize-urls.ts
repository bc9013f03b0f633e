import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findUrlsInCss, findUrlsInHtml, isRootAbsolute, type UrlInText } from './find-urls';

// Where built code still points at the site root, it breaks once an LMS serves the package from a sub-path.
const ROOT_ABSOLUTE_IN_CODE = /["'`]\/_astro\//;
const ROOT_ABSOLUTE_IN_PROPS = /&quot;\/(?:_astro|courses)\//;

/** `url` (root-absolute) as seen from a file in `fromDir` (relative to the site root, '' for the root). */
export function toRelativeUrl(fromDir: string, url: string): string {
  const cut = url.search(/[?#]/);
  const target = cut < 0 ? url : url.slice(0, cut);
  const fromParts = fromDir === '' ? [] : fromDir.split('/');
  // The last part is the file name ('' for a folder URL); '.' and '..' parts resolve the same way relatively.
  const toParts = target.slice(1).split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  let relative = '../'.repeat(fromParts.length - common) + toParts.slice(common).join('/');
  // An empty URL means "this page", and "a:b.html" would read as a URL scheme.
  if (relative === '' || /^[^/]*:/.test(relative)) relative = `./${relative}`;
  return cut < 0 ? relative : relative + url.slice(cut);
}

/** `text` with its root-absolute URLs made relative, or undefined when it has none. */
function replaceUrls(text: string, urls: UrlInText[], relativize: (url: string) => string): string | undefined {
  const parts: string[] = [];
  let last = 0;
  for (const url of urls) {
    if (!isRootAbsolute(url.value)) continue;
    parts.push(text.slice(last, url.start), relativize(url.value));
    last = url.end;
  }
  if (parts.length === 0) return undefined;
  parts.push(text.slice(last));
  return parts.join('');
}

/** toRelativeUrl for one folder, remembered: sibling pages share most of their URLs (nav, bundles). */
function createRelativizer(cache: Map<string, Map<string, string>>, fromDir: string): (url: string) => string {
  let known = cache.get(fromDir);
  if (!known) cache.set(fromDir, (known = new Map<string, string>()));
  const urls = known;
  return (url) => {
    let relative = urls.get(url);
    if (relative === undefined) urls.set(url, (relative = toRelativeUrl(fromDir, url)));
    return relative;
  };
}

export interface RelativizeResult {
  htmlFiles: number;
  cssFiles: number;
  /** Built code that still names a root-absolute URL (file, and where in it): the build should fail. */
  absoluteInJs: string[];
}

/** What one built HTML page held before and after its URLs were made relative. */
export interface RelativizedPage {
  /** Path relative to the site root, forward slashes. */
  file: string;
  original: string;
  html: string;
  /** Every URL of the rewritten page, as it reads there (attribute values, srcset candidates, CSS url()s). */
  readUrls: () => string[];
  inlineScripts: string[];
}

/** Relativizes one built file in place (HTML, CSS) or checks it (bundled JS); returns what an HTML page held. */
export function relativizeFile(
  distDir: string,
  file: string,
  cache: Map<string, Map<string, string>>,
  result: RelativizeResult,
): RelativizedPage | undefined {
  const fullPath = path.join(distDir, file);
  const relativize = createRelativizer(cache, file.includes('/') ? path.posix.dirname(file) : '');
  if (file.endsWith('.html')) {
    result.htmlFiles++;
    const html = readFileSync(fullPath, 'utf8');
    const found = findUrlsInHtml(html);
    const rewritten = replaceUrls(html, found.urls, relativize);
    if (rewritten !== undefined) writeFileSync(fullPath, rewritten);
    if (found.inlineScripts.some((script) => ROOT_ABSOLUTE_IN_CODE.test(script))) {
      result.absoluteInJs.push(`${file} (inline script)`);
    }
    if (found.islandProps.some((props) => ROOT_ABSOLUTE_IN_PROPS.test(props))) {
      result.absoluteInJs.push(`${file} (island props)`);
    }
    const readUrls = () => found.urls.map(({ value }) => (isRootAbsolute(value) ? relativize(value) : value));
    return { file, original: html, html: rewritten ?? html, readUrls, inlineScripts: found.inlineScripts };
  }
  if (file.endsWith('.css')) {
    result.cssFiles++;
    const css = readFileSync(fullPath, 'utf8');
    const rewritten = replaceUrls(css, findUrlsInCss(css), relativize);
    if (rewritten !== undefined) writeFileSync(fullPath, rewritten);
  } else if (/^_astro\/.*\.m?js$/.test(file) && ROOT_ABSOLUTE_IN_CODE.test(readFileSync(fullPath, 'utf8'))) {
    result.absoluteInJs.push(file);
  }
  return undefined;
}
