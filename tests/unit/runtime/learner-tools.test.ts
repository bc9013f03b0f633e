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

function renderLesson(options: { sensitive?: boolean; content?: string } = {}): void {
  renderPage('lesson', { ...options, content: options.content ?? '<h1>Listening</h1><h2 id="why">Why</h2>' });
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

const click = (selector: string) => document.querySelector<HTMLElement>(selector)?.click();
const pressShift = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', shiftKey: true, bubbles: true }));

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

// Where Take a break comes back to is return/return-to-place's (tests/unit/runtime/return/).
describe('Take a break', () => {
  it('saves progress at once and leaves the link to take the learner to the break', async () => {
    renderLesson();
    const { saveProgress } = await start();
    const link = document.querySelector('a[data-take-a-break]') as HTMLElement;
    let stoppedByTools: boolean | undefined;
    // Runs after the tools' document listener and before the test's own stop at the document.
    link.addEventListener('click', (event) => (stoppedByTools = event.defaultPrevented));
    link.click();
    expect(saveProgress).toHaveBeenCalledTimes(1);
    expect(stoppedByTools).toBe(false);
  });

  it('still goes to the break when saving fails', async () => {
    renderLesson();
    const saveProgress = vi.fn(() => { throw new Error('LMS gone'); });
    await start(saveProgress);
    expect(() => click('a[data-take-a-break]')).not.toThrow();
    expect(saveProgress).toHaveBeenCalledTimes(1);
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
