import { Tokenizer } from 'htmlparser2';

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


const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
const ignore = () => undefined;

/**
 * Finds URLs in HTML with htmlparser2's tokenizer, so text, comments and script bodies are never mistaken for
 * markup. Positions are of the raw text (entities are not decoded), so the URLs can be replaced in place.
 */
export function findUrlsInHtml(html: string): HtmlUrls {
  const found: HtmlUrls = { urls: [], inlineScripts: [], islandProps: [] };
  let tagName = '';
  let attribute = '';
  let value: { start: number; end: number } | undefined;
  let rawText: { tag: string; start: number; end: number } | undefined;
  const tokenizer = new Tokenizer({ decodeEntities: false }, {
    onopentagname: (start, end) => {
      tagName = html.slice(start, end).toLowerCase();
    },
    onattribname: (start, end) => {
      attribute = html.slice(start, end).toLowerCase();
      value = undefined;
    },
    onattribdata: (start, end) => {
      value = { start: value?.start ?? start, end };
    },
    onattribend: () => {
      if (value && value.end > value.start) collectAttribute(html, attribute, value.start, value.end, found);
      value = undefined;
    },
    // The tokenizer reads script and style bodies as text up to their end tag.
    onopentagend: (end) => {
      rawText = tagName === 'script' || tagName === 'style' ? { tag: tagName, start: end + 1, end: end + 1 } : undefined;
    },
    ontext: (_start, end) => {
      if (rawText) rawText.end = end;
    },
    onclosetag: () => {
      if (rawText?.tag === 'style') findUrlsInCss(html, rawText.start, rawText.end, found.urls);
      else if (rawText?.tag === 'script') found.inlineScripts.push(html.slice(rawText.start, rawText.end));
      rawText = undefined;
    },
    onselfclosingtag: () => {
      rawText = undefined;
    },
    onattribentity: ignore,
    oncdata: ignore,
    oncomment: ignore,
    ondeclaration: ignore,
    onend: ignore,
    onprocessinginstruction: ignore,
    ontextentity: ignore,
  });
  tokenizer.write(html);
  tokenizer.end();
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
