import { Parser } from 'htmlparser2';

/** One part of a lesson a search result can link to. */
export interface LessonSection {
  /** `id` of the section's heading; null for the text before the first heading without a title id. */
  anchor: string | null;
  heading: string;
  text: string;
}

export interface ExtractedLesson {
  title: string;
  /** `id` of the lesson's `<h1>`, which the intro section links to. */
  titleAnchor: string | null;
  sections: LessonSection[];
}

// Elements whose text is never visible prose (or, for data-search-exclude, must never be findable,
// such as knowledge-check answers and feedback).
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript']);
const EXCLUDE_ATTRIBUTE = 'data-search-exclude';
const BODY_ATTRIBUTE = 'data-search-body';
const SECTION_HEADINGS = new Set(['h2', 'h3']);
// Text inside these runs on with its neighbours; every other tag boundary separates words.
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);

/**
 * Splits a built lesson page into sections at `<h2 id>`/`<h3 id>` inside `<article data-search-body>`.
 * A streaming parse without a DOM, because the build indexes a thousand lessons in about a second.
 * Returns null when the page has no `<article data-search-body>`.
 */
export function extractLessonSections(html: string): ExtractedLesson | null {
  let depth = 0;
  let bodyDepth: number | null = null;
  let bodySeen = false;
  let skipDepth: number | null = null;
  let capture: 'title' | 'heading' | 'document-title' | null = null;
  let title = '';
  let documentTitle = '';
  let titleAnchor: string | null = null;
  let heading: string[] = [];
  let current: { anchor: string | null; heading: string; chunks: string[] } = { anchor: null, heading: '', chunks: [] };
  const finished: (typeof current)[] = [];

  const write = (text: string) => {
    if (capture === 'title') title += text;
    else if (capture === 'document-title') documentTitle += text;
    else if (capture === 'heading') heading.push(text);
    else if (bodyDepth !== null) current.chunks.push(text);
  };

  const parser = new Parser({
    onopentag(name, attributes) {
      depth += 1;
      if (skipDepth !== null) return;
      if (SKIPPED_TAGS.has(name) || EXCLUDE_ATTRIBUTE in attributes) {
        skipDepth = depth;
        return;
      }
      if (name === 'article' && BODY_ATTRIBUTE in attributes && !bodySeen) {
        bodyDepth = depth;
        bodySeen = true;
      }
      if (name === 'title' && !bodySeen) capture = 'document-title';
      else if (name === 'h1' && title === '') {
        capture = 'title';
        titleAnchor = attributes.id || null;
      } else if (bodyDepth !== null && SECTION_HEADINGS.has(name) && attributes.id) {
        finished.push(current);
        current = { anchor: attributes.id, heading: '', chunks: [] };
        heading = [];
        capture = 'heading';
      } else if (!INLINE_TAGS.has(name)) write(' ');
    },
    ontext(text) {
      if (skipDepth === null) write(text);
    },
    onclosetag(name) {
      if (skipDepth === depth) skipDepth = null;
      else if (skipDepth === null) closeTag(name);
      depth -= 1;
    },
  });

  const closeTag = (name: string) => {
    if (capture === 'heading' && SECTION_HEADINGS.has(name)) current.heading = collapse(heading.join(''));
    if (capture !== null && (name === 'title' || name === 'h1' || SECTION_HEADINGS.has(name))) capture = null;
    else if (!INLINE_TAGS.has(name)) write(' ');
    if (depth === bodyDepth) {
      finished.push(current);
      bodyDepth = null;
    }
  };

  parser.end(html);
  if (!bodySeen) return null;
  const lessonTitle = collapse(title) || collapse(documentTitle);
  return { title: lessonTitle, titleAnchor, sections: toSections(finished, lessonTitle, titleAnchor) };
}

function toSections(
  raw: { anchor: string | null; heading: string; chunks: string[] }[],
  lessonTitle: string,
  titleAnchor: string | null,
): LessonSection[] {
  const sections: LessonSection[] = [];
  raw.forEach((section, position) => {
    const text = collapse(section.chunks.join(''));
    const isIntro = position === 0;
    if (isIntro && text === '') return;
    if (!isIntro && text === '' && section.heading === '') return;
    sections.push(
      isIntro ? { anchor: titleAnchor, heading: lessonTitle, text } : { anchor: section.anchor, heading: section.heading, text },
    );
  });
  return sections;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
