import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The kinds of page the weight targets and the Lighthouse scores are about. */
export type PageKind = 'catalogue' | 'course overview' | 'reading lesson' | 'quiz lesson' | 'scenario lesson' | 'search';

export interface KindedPage {
  kind: PageKind;
  /** Path in the built site, with forward slashes. */
  file: string;
  html: string;
}

// Course pages that are not lessons (see README "Outputs").
const courseSupportPages = new Set(['index.html', 'search.html', 'recorded.html', 'take-a-break.html', 'exit.html']);

function lessonKind(html: string): PageKind {
  if (html.includes('data-scenario-id=')) return 'scenario lesson';
  if (html.includes('data-quiz-id=')) return 'quiz lesson';
  return 'reading lesson';
}

/** Every catalogue, course overview, lesson and search page of the built site in `root`, with its kind. */
export function readKindedPages(root: string): KindedPage[] {
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  const pages: KindedPage[] = [
    { kind: 'catalogue', file: 'index.html', html: read('index.html') },
    { kind: 'search', file: 'search.html', html: read('search.html') },
  ];
  for (const course of readdirSync(path.join(root, 'courses')).sort()) {
    for (const name of readdirSync(path.join(root, 'courses', course)).filter((entry) => entry.endsWith('.html')).sort()) {
      const file = `courses/${course}/${name}`;
      const html = read(file);
      if (name === 'index.html') pages.push({ kind: 'course overview', file, html });
      else if (name === 'search.html') pages.push({ kind: 'search', file, html });
      else if (!courseSupportPages.has(name)) pages.push({ kind: lessonKind(html), file, html });
    }
  }
  return pages;
}
