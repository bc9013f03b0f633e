import { Parser } from 'htmlparser2';

export interface RawSection {
  /** `id` of the heading that starts the section; null for the text before the first such heading. */
  anchor: string | null;
  heading: string;
  text: string;
}

// Elements whose text is never visible prose, or (data-search-exclude) must never be findable, such
// as knowledge-check answers and feedback. The lesson title (h1) is read separately.
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'h1']);
const EXCLUDE_ATTRIBUTE = 'data-search-exclude';
const SECTION_HEADINGS = new Set(['h2', 'h3']);
// Text inside these runs on with its neighbours; every other tag boundary separates words.
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);

/**
 * Splits the lesson body (HTML starting with its `<article data-search-body>`) into sections at
 * `<h2 id>`/`<h3 id>`. Text is collapsed; nothing after the article closes is read.
 */
export function readBodySections(bodyHtml: string): RawSection[] {
  const sections: RawSection[] = [];
  let current = { anchor: null as string | null, heading: [] as string[], chunks: [] as string[] };
  let inHeading = false;
  let depth = 0;
  let skipDepth: number | null = null;
  // An object, not a `let`: the parser callbacks set it, which narrowing after `parser.end` cannot see.
  const article = { closed: false };

  const finish = () => {
    sections.push({ anchor: current.anchor, heading: collapse(current.heading.join('')), text: collapse(current.chunks.join('')) });
  };
  const write = (text: string) => (inHeading ? current.heading : current.chunks).push(text);

  const parser = new Parser({
    onopentag(name, attributes) {
      depth += 1;
      if (article.closed || skipDepth !== null) return;
      if (SKIPPED_TAGS.has(name) || EXCLUDE_ATTRIBUTE in attributes) skipDepth = depth;
      else if (SECTION_HEADINGS.has(name) && attributes.id) {
        finish();
        current = { anchor: attributes.id, heading: [], chunks: [] };
        inHeading = true;
      } else if (!INLINE_TAGS.has(name)) write(' ');
    },
    ontext(text) {
      if (!article.closed && skipDepth === null) write(text);
    },
    onclosetag(name) {
      if (skipDepth === depth) {
        skipDepth = null;
        if (!article.closed) write(' ');
      } else if (!article.closed && skipDepth === null) {
        if (inHeading && SECTION_HEADINGS.has(name)) inHeading = false;
        else if (!INLINE_TAGS.has(name)) write(' ');
        // Depth 1 is the article itself: the body ends here.
        if (depth === 1) {
          finish();
          article.closed = true;
        }
      }
      depth -= 1;
    },
  });
  parser.end(bodyHtml);
  if (!article.closed) finish();
  return sections;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
