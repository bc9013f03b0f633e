import type { SearchHit } from '../../core/search/search-hit';
import type { TextPart } from '../../core/search/text-parts';

export interface HitListOptions {
  /** Show the snippet with matched words marked (search page), or only where the section is (header). */
  withSnippet: boolean;
  /** Name the course too, when results come from more than one. */
  withCourse: boolean;
}

/** Replaces the list's items with one plain link per hit. Text only, never HTML: index text is data. */
export function renderHits(list: HTMLElement, hits: SearchHit[], options: HitListOptions): void {
  list.replaceChildren(...hits.map((hit) => renderHit(list.ownerDocument, hit, options)));
}

/** Adds hits after those already listed. */
export function appendHits(list: HTMLElement, hits: SearchHit[], options: HitListOptions): void {
  list.append(...hits.map((hit) => renderHit(list.ownerDocument, hit, options)));
}

function renderHit(document: Document, hit: SearchHit, options: HitListOptions): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.append(...renderParts(document, hit.heading));
  item.append(link);

  const where = whereText(hit, options.withCourse);
  if (where !== '') item.append(paragraph(document, 'search-hit__where', [document.createTextNode(where)]));
  if (options.withSnippet && hit.snippet.length > 0) {
    item.append(paragraph(document, 'search-hit__snippet', renderParts(document, hit.snippet)));
  }
  return item;
}

function whereText(hit: SearchHit, withCourse: boolean): string {
  const headingText = hit.heading.map((part) => part.text).join('');
  // The lesson's opening section is headed by the lesson title itself; saying it twice is noise.
  const lesson = hit.lessonTitle === headingText ? '' : hit.lessonTitle;
  return [lesson, withCourse ? hit.courseTitle : ''].filter((text) => text !== '').join(' · ');
}

function paragraph(document: Document, className: string, children: Node[]): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = className;
  element.append(...children);
  return element;
}

function renderParts(document: Document, parts: TextPart[]): Node[] {
  return parts.map((part) => {
    if (!part.marked) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}
