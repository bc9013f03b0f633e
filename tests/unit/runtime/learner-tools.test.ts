// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const folder = '/courses/peer-basics/';
let stop: AbortController | undefined;

/** A course page as CourseLayout renders it: header tools, the exit bar and the page's own content. */
function renderPage(kind: 'lesson' | 'break', options: { sensitive?: boolean; content?: string } = {}): void {
  history.replaceState(null, '', `${folder}${kind === 'break' ? 'take-a-break' : 'listening'}.html`);
  document.body.dataset.pageKind = kind;
  document.body.innerHTML = `
    <header><a class="button" href="${folder}take-a-break.html" data-take-a-break>Take a break</a></header>
    <div data-exit-this-page-bar ${options.sensitive ? '' : 'hidden'}>
      <a href="${folder}exit.html" data-exit-this-page data-astro-reload>Exit this page</a>
    </div>
    <main>${options.content ?? ''}</main>`;
}

/** Headings start below the first third of the window: nothing read yet. */
const atTheTop = { why: 400, how: 1000, pauses: 1400 };

function renderLesson(options: { sensitive?: boolean; content?: string } = {}): void {
  renderPage('lesson', {
    ...options,
    content: options.content ?? '<h1>Listening</h1><h2 id="why">Why</h2><h2 id="how">How</h2><h3 id="pauses">Pauses</h3>',
  });
  if (!options.content) placeHeadings(atTheTop);
}

function renderBreakPage(): void {
  renderPage('break', {
    sensitive: true,
    content: `<a href="${folder}index.html" data-break-return>Skip it and go back</a>
      <button type="button" data-grounding-start aria-expanded="false" aria-controls="steps">Try the exercise</button>
      <div id="steps" hidden tabindex="-1"><ol><li>Look around you.</li></ol></div>
      <a href="${folder}index.html" data-break-return>Back to where I was</a>`,
  });
}

/** The learner scrolls: the headings move, and the browser says so. */
function scrollTo(tops: Record<string, number>): void {
  placeHeadings(tops);
  window.dispatchEvent(new Event('scroll'));
}

function placeHeadings(tops: Record<string, number>): void {
  for (const [id, top] of Object.entries(tops)) {
    const heading = document.getElementById(id) as HTMLElement;
    heading.getBoundingClientRect = () => ({ top }) as DOMRect;
  }
}

/** A fresh document load: new module state, as after a real reload. */
async function start(saveProgress: () => void = vi.fn()) {
  stop?.abort();
  vi.resetModules();
  const { startLearnerTools } = await import('../../../src/runtime/learner-tools');
  stop = new AbortController();
  const replace = vi.fn();
  startLearnerTools({ saveProgress, replace, signal: stop.signal });
  return { replace, saveProgress };
}

/** What the ClientRouter does after swapping a page in. */
function loadPage(render: () => void): void {
  render();
  document.dispatchEvent(new Event('astro:page-load'));
}

const click = (selector: string) => document.querySelector<HTMLElement>(selector)?.click();
const pressShift = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', shiftKey: true, bubbles: true }));
const backLinks = () => [...document.querySelectorAll<HTMLAnchorElement>('a[data-break-return]')].map((link) => link.href);

beforeEach(() => {
  sessionStorage.clear();
  delete document.documentElement.dataset.exiting;
  // The ClientRouter takes over same-page link clicks; jsdom cannot navigate.
  document.addEventListener('click', preventNavigation);
});
afterEach(() => {
  stop?.abort();
  document.removeEventListener('click', preventNavigation);
  vi.useRealTimers();
});
function preventNavigation(event: Event): void {
  event.preventDefault();
}

describe('Take a break', () => {
  it('saves progress at once and brings the learner back to the heading they were reading', async () => {
    renderLesson();
    const { saveProgress } = await start();
    placeHeadings({ why: -700, how: 80, pauses: 600 });
    click('a[data-take-a-break]');
    expect(saveProgress).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem('peerpath:break-return')).toBe(`http://localhost:3000${folder}listening.html#how`);

    loadPage(renderBreakPage);
    expect(backLinks()).toEqual([`http://localhost:3000${folder}listening.html#how`, `http://localhost:3000${folder}listening.html#how`]);
  });

  it('remembers the part the learner stayed with, though they scrolled back up to reach the button', async () => {
    vi.useFakeTimers();
    renderLesson();
    await start();
    scrollTo({ why: -900, how: -300, pauses: 100 });
    vi.advanceTimersByTime(1500);
    scrollTo(atTheTop);
    click('a[data-take-a-break]');
    expect(sessionStorage.getItem('peerpath:break-return')).toBe(`http://localhost:3000${folder}listening.html#pauses`);
  });

  it('does not count parts the learner only passed on the way', async () => {
    vi.useFakeTimers();
    renderLesson();
    await start();
    scrollTo({ why: 100, how: 700, pauses: 1100 });
    vi.advanceTimersByTime(1500);
    scrollTo({ why: -900, how: -300, pauses: 100 });
    vi.advanceTimersByTime(300);
    scrollTo(atTheTop);
    vi.advanceTimersByTime(3000);
    click('a[data-take-a-break]');
    expect(sessionStorage.getItem('peerpath:break-return')).toBe(`http://localhost:3000${folder}listening.html#why`);
  });

  it('counts a heading the page opened at straight away', async () => {
    renderLesson();
    placeHeadings({ why: -400, how: 0, pauses: 500 }); // e.g. arrived at listening.html#how
    await start();
    scrollTo(atTheTop);
    click('a[data-take-a-break]');
    expect(sessionStorage.getItem('peerpath:break-return')).toBe(`http://localhost:3000${folder}listening.html#how`);
  });

  it('forgets the part read on one lesson when the learner moves to another', async () => {
    vi.useFakeTimers();
    renderLesson();
    await start();
    scrollTo({ why: -900, how: -300, pauses: 100 });
    vi.advanceTimersByTime(1500);
    loadPage(() => {
      renderLesson();
      history.replaceState(null, '', `${folder}boundaries.html`);
    });
    click('a[data-take-a-break]');
    expect(sessionStorage.getItem('peerpath:break-return')).toBe(`http://localhost:3000${folder}boundaries.html`);
  });

  it('returns to the top of the page when no heading had been reached', async () => {
    renderLesson();
    await start();
    click('a[data-take-a-break]');
    loadPage(renderBreakPage);
    expect(backLinks()[0]).toBe(`http://localhost:3000${folder}listening.html`);
  });

  it('still knows the place after the break page is reloaded', async () => {
    renderLesson();
    await start();
    placeHeadings({ why: 10, how: 700, pauses: 900 });
    click('a[data-take-a-break]');
    renderBreakPage();
    await start(); // a full reload: only sessionStorage is left
    expect(backLinks()[0]).toBe(`http://localhost:3000${folder}listening.html#why`);
  });

  it('keeps the link to the course overview when there is no place to return to', async () => {
    renderBreakPage();
    await start();
    expect(backLinks()).toEqual([`http://localhost:3000${folder}index.html`, `http://localhost:3000${folder}index.html`]);
  });

  it('does not replace the place when Take a break is pressed on the break page itself', async () => {
    renderLesson();
    await start();
    placeHeadings({ why: 10, how: 700, pauses: 900 });
    click('a[data-take-a-break]');
    loadPage(renderBreakPage);
    click('a[data-take-a-break]');
    expect(sessionStorage.getItem('peerpath:break-return')).toBe(`http://localhost:3000${folder}listening.html#why`);
  });

  it('still goes to the break when saving fails', async () => {
    renderLesson();
    await start(() => { throw new Error('LMS gone'); });
    expect(() => click('a[data-take-a-break]')).not.toThrow();
    expect(sessionStorage.getItem('peerpath:break-return')).toContain('listening.html');
  });

  it('unfolds the grounding steps only when asked, and moves focus to them', async () => {
    renderBreakPage();
    await start();
    const steps = document.getElementById('steps') as HTMLElement;
    expect(steps.hidden).toBe(true);
    click('button[data-grounding-start]');
    expect(steps.hidden).toBe(false);
    expect(document.activeElement).toBe(steps);
    expect(document.querySelector('button[data-grounding-start]')?.getAttribute('aria-expanded')).toBe('true');
    click('button[data-grounding-start]');
    expect(steps.hidden).toBe(true);
  });
});

describe('Exit this page', () => {
  it('replaces the page with the neutral page, hides it at once, and saves without waiting', async () => {
    vi.useFakeTimers();
    renderLesson({ sensitive: true });
    const { replace, saveProgress } = await start();
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('a[data-exit-this-page]')?.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(replace).toHaveBeenCalledWith(`http://localhost:3000${folder}exit.html`);
    expect(document.documentElement.dataset.exiting).toBe('true');
    expect(saveProgress).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(saveProgress).toHaveBeenCalledTimes(1);
  });

  it('leaves on three presses of Shift', async () => {
    renderLesson({ sensitive: true });
    const { replace } = await start();
    pressShift();
    pressShift();
    expect(replace).not.toHaveBeenCalled();
    pressShift();
    expect(replace).toHaveBeenCalledWith(`http://localhost:3000${folder}exit.html`);
  });

  it('ignores the shortcut on pages without the button', async () => {
    renderLesson();
    const { replace } = await start();
    for (let press = 0; press < 3; press++) pressShift();
    expect(replace).not.toHaveBeenCalled();
  });

  it('appears on a page whose content note the layout could not see', async () => {
    renderLesson({ content: '<section data-content-note>…</section>' });
    const { replace } = await start();
    expect(document.querySelector<HTMLElement>('[data-exit-this-page-bar]')?.hidden).toBe(false);
    for (let press = 0; press < 3; press++) pressShift();
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it('shows the page again when the browser brings it back from the back-forward cache', async () => {
    renderLesson({ sensitive: true });
    await start();
    click('a[data-exit-this-page]');
    expect(document.documentElement.dataset.exiting).toBe('true');
    window.dispatchEvent(new Event('pageshow'));
    expect(document.documentElement.dataset.exiting).toBeUndefined();
  });

  it('exits even when saving throws', async () => {
    vi.useFakeTimers();
    renderLesson({ sensitive: true });
    const { replace } = await start(() => { throw new Error('LMS gone'); });
    click('a[data-exit-this-page]');
    expect(() => vi.runAllTimers()).not.toThrow();
    expect(replace).toHaveBeenCalledTimes(1);
  });
});
