import { Parser } from 'htmlparser2';
import { collapse, readBodySections, type RawSection } from './read-body-sections';

/** One part of a lesson a search result can link to. */
export type LessonSection = RawSection;

export interface ExtractedLesson {
  title: string;
  /** `id` of the lesson's `<h1>`, which the intro section links to. */
  titleAnchor: string | null;
  sections: LessonSection[];
}

const BODY_START = /<article\b[^>]*?\sdata-search-body(?=[\s=/>])/i;
const BODY_END = '</article>';
const FIRST_H1 = /<h1\b[^>]*>[\s\S]*?<\/h1\s*>/i;
const DOCUMENT_TITLE = /<title\b[^>]*>[\s\S]*?<\/title\s*>/i;

/**
 * Splits a built lesson page into sections at `<h2 id>`/`<h3 id>` inside `<article data-search-body>`;
 * the text before the first of them is the intro, linked to the lesson title. Only the title and the
 * article are parsed: the layout around them (header, navigation, course data) is most of each page,
 * and the build reads a thousand of them. Returns null when the page has no such article.
 */
export function extractLessonSections(html: string): ExtractedLesson | null {
  const bodyStart = BODY_START.exec(html);
  if (bodyStart === null) return null;
  // The last </article> may be past the body's own (a nested or later article); the body parser
  // stops at the right one either way.
  const lastEnd = html.lastIndexOf(BODY_END);
  const bodyHtml = html.slice(bodyStart.index, lastEnd > bodyStart.index ? lastEnd + BODY_END.length : undefined);
  const { title, titleAnchor } = readLessonTitle(html);
  const sections = readBodySections(bodyHtml)
    .map((section, position) => (position === 0 ? { anchor: titleAnchor, heading: title, text: section.text } : section))
    .filter((section, position) => (position === 0 ? section.text !== '' : section.text !== '' || section.heading !== ''));
  return { title, titleAnchor, sections };
}

/** The first `<h1>` (text and id), or else the document's `<title>`. */
function readLessonTitle(html: string): { title: string; titleAnchor: string | null } {
  const h1 = FIRST_H1.exec(html);
  if (h1 !== null) {
    const { text, id } = readElementText(h1[0]);
    if (text !== '') return { title: text, titleAnchor: id };
  }
  const documentTitle = DOCUMENT_TITLE.exec(html);
  return { title: documentTitle === null ? '' : readElementText(documentTitle[0]).text, titleAnchor: null };
}

function readElementText(elementHtml: string): { text: string; id: string | null } {
  let text = '';
  let id: string | null = null;
  let skipDepth: number | null = null;
  let depth = 0;
  const parser = new Parser({
    onopentag(_name, attributes) {
      depth += 1;
      if (depth === 1) id = attributes.id || null;
      else if (skipDepth === null && 'data-search-exclude' in attributes) skipDepth = depth;
    },
    ontext(chunk) {
      if (skipDepth === null) text += chunk;
    },
    onclosetag() {
      if (skipDepth === depth) skipDepth = null;
      depth -= 1;
    },
  });
  parser.end(elementHtml);
  return { text: collapse(text), id };
}
