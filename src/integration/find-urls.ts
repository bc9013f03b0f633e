import { isSpace, scanHtml } from './scan-html';

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
/** True for `/x` but not for `//host` (protocol-relative) or `/\host` (which browsers treat the same way). */
export const isRootAbsolute = (url: string) =>
  url.charCodeAt(0) === 47 && url.charCodeAt(1) !== 47 && url.charCodeAt(1) !== 92;


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


/** url(…) and @import "…" in CSS, between `start` and `end` of `text`. */
export function findUrlsInCss(text: string, start = 0, end = text.length, urls: UrlInText[] = []): UrlInText[] {
  const css = start === 0 && end === text.length ? text : text.slice(start, end);
  for (const { index, 1: opening, 2: url } of css.matchAll(CSS_URL)) {
    if (opening === undefined || url === undefined) continue;
    const urlStart = start + index + opening.length;
    urls.push({ start: urlStart, end: urlStart + url.length, value: url });
  }
  return urls;
}
