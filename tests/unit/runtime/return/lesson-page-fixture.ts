import { vi } from 'vitest';

export const courseId = 'peer-basics';
export const folder = `/courses/${courseId}/`;
export const pageUrl = (file: string) => `http://localhost:3000${folder}${file}`;

/**
 * Where each part of a lesson page sits, in document pixels from the top of the page: jsdom lays
 * nothing out, so the page is given the layout a browser would. The header ends where <main> starts.
 */
const layout = new Map<string, { top: number; height: number }>([
  ['main', { top: 200, height: 3000 }],
  ['h1', { top: 220, height: 40 }],
  ['why', { top: 600, height: 30 }],
  ['how', { top: 1200, height: 30 }],
  ['pauses', { top: 1800, height: 30 }],
  ['note-material', { top: 1180, height: 560 }],
]);

let scrollY = 0;

function moveWindow(top: number): void {
  scrollY = top;
  window.dispatchEvent(new Event('scroll'));
}

/** The learner scrolls to `top` with the mouse wheel. */
export function scrollWindowTo(top: number): void {
  window.dispatchEvent(new Event('wheel'));
  moveWindow(top);
}

export const readScrollY = () => scrollY;

/** Gives every laid-out part its box, relative to the window as scrolled now; hidden parts have none. */
function placeParts(): void {
  for (const element of document.querySelectorAll<HTMLElement>('main, main h1, main [id], [data-content-note-material]')) {
    const box = layout.get(element.matches('main, h1') ? element.localName : element.matches('[data-content-note-material]') ? 'note-material' : element.id);
    if (!box) continue;
    element.getBoundingClientRect = () => ({ top: box.top - scrollY, height: box.height }) as DOMRect;
    element.getClientRects = () => (element.closest('[hidden]') ? [] : [element.getBoundingClientRect()]) as unknown as DOMRectList;
  }
}

export function installWindowLayout(): void {
  scrollY = 0;
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => scrollY });
  // Scrolling by the page itself: the browser moves the window and says so.
  window.scrollTo = vi.fn((options: ScrollToOptions) => moveWindow(options.top ?? 0)) as typeof window.scrollTo;
}

/** The sections of the lesson "Listening", the "How" part of it inside a content note the learner may open. */
const lessonContent = `
  <h1>Listening</h1>
  <h2 id="why">Why</h2>
  <section data-content-note>
    <div role="note">
      <button type="button" data-choice="continue" aria-expanded="false">Continue</button>
      <button type="button" data-choice="summary" aria-expanded="false">Summary</button>
      <button type="button" data-choice="later" aria-expanded="false">Later</button>
      <p data-content-note-later hidden>Come back to it later.</p>
    </div>
    <div data-content-note-material hidden><h2 id="how">How</h2><p>…</p></div>
    <div data-content-note-summary hidden><p>In short…</p></div>
  </section>
  <h3 id="pauses">Pauses</h3>`;

function renderCoursePage(kind: 'lesson' | 'break', file: string, lessonId: string | undefined, content: string): void {
  history.replaceState(null, '', `${folder}${file}`);
  Object.assign(document.body.dataset, { pageKind: kind, courseId });
  if (lessonId) document.body.dataset.lessonId = lessonId;
  else delete document.body.dataset.lessonId;
  document.body.innerHTML = `
    <header><a href="${folder}take-a-break.html" data-take-a-break>Take a break</a></header>
    <main>${content}</main>`;
  placeParts();
}

export const renderLesson = (lessonId = 'listening') => renderCoursePage('lesson', `${lessonId}.html`, lessonId, lessonContent);

export function renderBreakPage(): void {
  renderCoursePage('break', 'take-a-break.html', undefined, `
    <a href="${folder}index.html" data-break-return data-return-link>Skip it and go back</a>
    <a href="${folder}index.html" data-break-return data-return-link class="primary">Back to where I was</a>`);
}

/** Opens the note around "How" at its material, as the learner's Continue does. */
export function openNote(): void {
  document.querySelector<HTMLElement>('[data-content-note-material]')?.removeAttribute('hidden');
  placeParts();
}

/** What the ClientRouter does: announces a move (from a link, or by the course itself), swaps the page in, then page-load. */
export function navigate(to: string, render: () => void, from?: Element | null, info?: unknown): void {
  const preparation = Object.assign(new Event('astro:before-preparation'), {
    navigationType: 'push',
    sourceElement: from ?? undefined,
    info,
    to: new URL(to),
  });
  document.dispatchEvent(preparation);
  render();
  document.dispatchEvent(new Event('astro:page-load'));
}

/** A first page load (or a reload) of a page already rendered. */
export const loadPage = () => document.dispatchEvent(new Event('astro:page-load'));

/** Lets the page's asynchronous arrival (it may wait for the tracker's bookmark) finish. */
export async function settleArrival(): Promise<void> {
  for (let turn = 0; turn < 5; turn++) await Promise.resolve();
}

export const backLinks = () => [...document.querySelectorAll<HTMLAnchorElement>('a[data-break-return]')].map((link) => link.href);
