import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A URL found in a built file: where its raw text sits, and the text itself. */
export interface UrlInText {
  start: number;
  end: number;
  value: string;
}

export interface HtmlUrls {
  /** URL-bearing attribute values (srcset split per candidate) and CSS url()s in style attributes and elements. */
  urls: UrlInText[];
  /** Raw bodies of inline <script> elements: never rewritten, only inspected. */
  inlineScripts: string[];
  /** Raw `props` attribute values of Astro islands: serialised data, never rewritten, only inspected. */
  islandProps: string[];
}

// Attributes that carry words for people (or code) rather than URLs: a leading "/" there is text.
const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'placeholder', 'value', 'label', 'content', 'pattern', 'props', 'opts']);
const isUrlAttribute = (name: string) =>
  !TEXT_ATTRIBUTES.has(name) && !name.startsWith('aria-') && !name.startsWith('on');
const CSS_URL = /(url\(\s*(?:["']|&quot;|&#39;|&apos;)?|@import\s*(?:["']|&quot;))([^"'()\s&]+)/g;
// Where built code still points at the site root, it breaks once an LMS serves the package from a sub-path.
const ROOT_ABSOLUTE_IN_CODE = /["'`]\/_astro\//;
const ROOT_ABSOLUTE_IN_PROPS = /&quot;\/(?:_astro|courses)\//;

/** True for `/x` but not for `//host` (protocol-relative) or `/\host` (which browsers treat the same way). */
export const isRootAbsolute = (url: string) =>
  url.charCodeAt(0) === 47 && url.charCodeAt(1) !== 47 && url.charCodeAt(1) !== 92;

/** Every file under `dir`, as forward-slash paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

export interface HtmlVisitor {
  /** An attribute with a value, on a start tag; `start`/`end` delimit the raw value (entities not decoded). */
  attribute(tagName: string, name: string, start: number, end: number): void;
  /** The body of a raw-text element (script, style, textarea, title, …): never markup. */
  rawText(tagName: string, start: number, end: number): void;
}

// Elements whose content the HTML tokenizer reads as text up to their end tag.
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const endTagPatterns = new Map<string, RegExp>();
const isAsciiAlpha = (code: number) => (code | 32) >= 97 && (code | 32) <= 122;

/**
 * A small HTML tokenizer after the WHATWG states that matter for finding attribute values: comments, doctype,
 * CDATA, bogus comments, raw-text elements, quoted and unquoted values. It jumps with indexOf where the spec
 * only waits for one character, which made it 3–4× faster than htmlparser2's Tokenizer on built pages;
 * a test checks it against htmlparser2 on generated documents.
 */
export function scanHtml(html: string, visitor: HtmlVisitor): void {
  const length = html.length;
  let i = 0;
  while (i < length) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= length) return;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      i = skipMarkupDeclaration(html, lt);
      continue;
    }
    const isEndTag = next === 47; /* / */
    const nameStart = lt + (isEndTag ? 2 : 1);
    if (!isAsciiAlpha(html.charCodeAt(nameStart))) {
      // "</>" is dropped; "</x" and "<?" that start no tag are bogus comments up to ">"; a lone "<" is text.
      if (isEndTag && html.charCodeAt(nameStart) === 62) i = nameStart + 1;
      else if (isEndTag || next === 63 /* ? */) i = after(html, '>', nameStart);
      else i = lt + 1;
      continue;
    }
    let j = nameStart;
    while (j < length && !isTagNameEnd(html.charCodeAt(j))) j++;
    const tagName = isEndTag ? '' : html.slice(nameStart, j).toLowerCase();
    j = scanAttributes(html, j, isEndTag ? undefined : (name, start, end) => visitor.attribute(tagName, name, start, end));
    if (j < 0) return;
    i = j;
    if (RAW_TEXT_ELEMENTS.has(tagName)) {
      let endTag = endTagPatterns.get(tagName);
      if (!endTag) endTagPatterns.set(tagName, (endTag = new RegExp(`</${tagName}[\\t\\n\\f\\r />]`, 'gi')));
      endTag.lastIndex = j;
      const close = endTag.exec(html)?.index ?? length;
      visitor.rawText(tagName, j, close);
      i = close;
    }
  }
}

/** Attributes from just after the tag name to just after ">"; returns that position, or -1 if the input ends first. */
function scanAttributes(html: string, from: number, onValue?: (name: string, start: number, end: number) => void): number {
  const length = html.length;
  let j = from;
  for (;;) {
    while (j < length && (isSpace(html.charCodeAt(j)) || html.charCodeAt(j) === 47)) j++;
    if (j >= length) return -1;
    if (html.charCodeAt(j) === 62) return j + 1;
    const nameStart = j++; // a name may start with "=" (a parse error the spec keeps)
    while (j < length && !isTagNameEnd(html.charCodeAt(j)) && html.charCodeAt(j) !== 61) j++;
    const nameEnd = j;
    while (j < length && isSpace(html.charCodeAt(j))) j++;
    if (html.charCodeAt(j) !== 61 /* = */) continue;
    j++;
    while (j < length && isSpace(html.charCodeAt(j))) j++;
    const quote = html.charCodeAt(j);
    let valueStart = j;
    let valueEnd: number;
    if (quote === 34 || quote === 39) {
      valueStart = j + 1;
      valueEnd = html.indexOf(quote === 34 ? '"' : "'", valueStart);
      if (valueEnd < 0) return -1;
      j = valueEnd + 1;
    } else {
      while (j < length && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 62) j++;
      valueEnd = j;
    }
    if (onValue && valueEnd > valueStart) onValue(html.slice(nameStart, nameEnd).toLowerCase(), valueStart, valueEnd);
  }
}

/** Past a comment ("<!-->" and "--!>" included), CDATA section, doctype or other "<!…>". */
function skipMarkupDeclaration(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    if (html.startsWith('>', lt + 4)) return lt + 5;
    if (html.startsWith('->', lt + 4)) return lt + 6;
    const close = html.indexOf('--', lt + 4);
    for (let at = close; at >= 0; at = html.indexOf('--', at + 1)) {
      if (html.charCodeAt(at + 2) === 62) return at + 3;
      if (html.startsWith('!>', at + 2)) return at + 4;
    }
    return html.length;
  }
  if (html.startsWith('<![CDATA[', lt)) return after(html, ']]>', lt + 9);
  return after(html, '>', lt + 2);
}

const after = (html: string, text: string, from: number) => {
  const at = html.indexOf(text, from);
  return at < 0 ? html.length : at + text.length;
};
const isTagNameEnd = (code: number) => isSpace(code) || code === 47 || code === 62;

/** Finds URLs in HTML with a real tokenizer, so text, comments and script bodies are never mistaken for markup. */
export function findUrlsInHtml(html: string): HtmlUrls {
  const found: HtmlUrls = { urls: [], inlineScripts: [], islandProps: [] };
  scanHtml(html, {
    attribute: (_tagName, name, start, end) => collectAttribute(html, name, start, end, found),
    rawText: (tagName, start, end) => {
      if (tagName === 'style') findUrlsInCss(html, start, end, found.urls);
      else if (tagName === 'script') found.inlineScripts.push(html.slice(start, end));
    },
  });
  return found;
}

function collectAttribute(html: string, name: string, start: number, end: number, found: HtmlUrls): void {
  if (name === 'srcset' || name === 'imagesrcset') findUrlsInSrcset(html, start, end, found.urls);
  else if (name === 'style') findUrlsInCss(html, start, end, found.urls);
  else if (name === 'props') found.islandProps.push(html.slice(start, end));
  else if (isUrlAttribute(name)) found.urls.push({ start, end, value: html.slice(start, end) });
}

/** srcset is "url descriptor, url descriptor"; a URL is a run of non-space characters (data: URLs keep their commas). */
function findUrlsInSrcset(text: string, start: number, end: number, urls: UrlInText[]): void {
  let i = start;
  while (i < end) {
    while (i < end && (isSpace(text.charCodeAt(i)) || text[i] === ',')) i++;
    const urlStart = i;
    while (i < end && !isSpace(text.charCodeAt(i))) i++;
    let urlEnd = i;
    while (urlEnd > urlStart && text[urlEnd - 1] === ',') urlEnd--;
    if (urlEnd > urlStart) urls.push({ start: urlStart, end: urlEnd, value: text.slice(urlStart, urlEnd) });
    if (urlEnd === i) while (i < end && text[i] !== ',') i++;
  }
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;

/** url(…) and @import "…" in CSS, between `start` and `end` of `text`. */
export function findUrlsInCss(text: string, start = 0, end = text.length, urls: UrlInText[] = []): UrlInText[] {
  const css = start === 0 && end === text.length ? text : text.slice(start, end);
  for (const match of css.matchAll(CSS_URL)) {
    const urlStart = start + match.index + match[1].length;
    urls.push({ start: urlStart, end: urlStart + match[2].length, value: match[2] });
  }
  return urls;
}

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
  if (!known) cache.set(fromDir, (known = new Map()));
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

/** Rewrites root-absolute URLs in the built HTML and CSS to relative ones, so the same files work under any path. */
export function relativizeSiteUrls(distDir: string): RelativizeResult {
  const result: RelativizeResult = { htmlFiles: 0, cssFiles: 0, absoluteInJs: [] };
  const cache = new Map<string, Map<string, string>>();
  for (const file of listFiles(distDir)) {
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
    } else if (file.endsWith('.css')) {
      result.cssFiles++;
      const css = readFileSync(fullPath, 'utf8');
      const rewritten = replaceUrls(css, findUrlsInCss(css), relativize);
      if (rewritten !== undefined) writeFileSync(fullPath, rewritten);
    } else if (/^_astro\/.*\.m?js$/.test(file) && ROOT_ABSOLUTE_IN_CODE.test(readFileSync(fullPath, 'utf8'))) {
      result.absoluteInJs.push(file);
    }
  }
  return result;
}
