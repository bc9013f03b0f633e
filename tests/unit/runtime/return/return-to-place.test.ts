// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeLessonPlace, encodeLessonPlace, sectionKey, type LessonPlace } from '../../../../src/core/scorm/lesson-place';
import {
  backLinks,
  courseId,
  installWindowLayout,
  loadPage,
  navigate,
  openNote,
  pageUrl,
  readScrollY,
  renderBreakPage,
  renderLesson,
  scrollWindowTo,
  settleArrival,
} from './lesson-page-fixture';

let stop: AbortController | undefined;
const placeKey = `peerpath:place:${courseId}`;

/** A fresh document load: new module state, as after a real reload; only sessionStorage is left. */
async function start(options: { bookmark?: LessonPlace; pageLoadType?: string } = {}) {
  stop?.abort();
  vi.resetModules();
  const { startReturnToPlace } = await import('../../../../src/runtime/return/return-to-place');
  stop = new AbortController();
  const keepBookmark = vi.fn<(location: string) => void>();
  startReturnToPlace({
    readBookmark: () => Promise.resolve(options.bookmark),
    keepBookmark,
    pageLoadType: () => options.pageLoadType ?? 'navigate',
    signal: stop.signal,
  });
  loadPage();
  await settleArrival();
  return { keepBookmark };
}

const keptPlace = () => decodeLessonPlace(sessionStorage.getItem(placeKey) ?? '');
const readIn = (headingId: string) => ({ lessonId: 'listening', sectionKey: sectionKey(headingId) });
/** Stays a moment where the window is: long enough for it to count as the place. */
const stay = () => vi.advanceTimersByTime(1500);
/** Where the window is, give or take the rounding of a place to thousandths of its section. */
const expectWindowAt = (top: number) => expect(Math.abs(readScrollY() - top)).toBeLessThan(2);

function takeABreak(): void {
  const link = document.querySelector('a[data-take-a-break]');
  navigate(pageUrl('take-a-break.html'), renderBreakPage, link);
}

async function backToWhereIWas(): Promise<void> {
  const [url] = backLinks();
  navigate(url ?? '', () => renderLesson(new URL(url ?? '').pathname.split('/').at(-1)?.replace('.html', '')), document.querySelector('a[data-break-return].primary'));
  await settleArrival();
}

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
  installWindowLayout();
  renderLesson();
});
afterEach(() => {
  stop?.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A ResizeObserver on the page; calling the result is the layout changing under every live observer. */
function stubResizeObserver(): () => void {
  const live = new Set<() => void>();
  vi.stubGlobal('ResizeObserver', class {
    constructor(private readonly callback: () => void) {}
    observe() { live.add(this.callback); }
    disconnect() { live.delete(this.callback); }
  });
  return () => {
    for (const callback of [...live]) callback();
  };
}

describe('the place a learner comes back to', () => {
  it('is the part being read when they take a break: the break page leads back to it, and the bookmark holds it', async () => {
    const { keepBookmark } = await start();
    scrollWindowTo(700);
    stay();
    takeABreak();
    expect(keptPlace()).toMatchObject(readIn('why'));
    expect(keepBookmark).toHaveBeenLastCalledWith(sessionStorage.getItem(placeKey));
    await settleArrival();
    expect(backLinks()).toEqual([pageUrl('listening.html'), pageUrl('listening.html')]);

    scrollWindowTo(0);
    await backToWhereIWas();
    expectWindowAt(700);
    expect(document.activeElement?.id).toBe('why');
  });

  it('is the part the learner stayed with, though they scrolled back up to reach the button', async () => {
    await start();
    scrollWindowTo(1900);
    stay();
    scrollWindowTo(0);
    takeABreak();
    expect(keptPlace()).toMatchObject(readIn('pauses'));
  });

  it('is not a part the learner only passed on the way', async () => {
    await start();
    scrollWindowTo(700);
    stay();
    scrollWindowTo(1900);
    vi.advanceTimersByTime(300);
    scrollWindowTo(0);
    vi.advanceTimersByTime(3000);
    takeABreak();
    expect(keptPlace()).toMatchObject(readIn('why'));
  });

  it('is not a part the window is still passing when the learner leaves (the page still moving up to the header)', async () => {
    await start();
    scrollWindowTo(1900);
    stay();
    scrollWindowTo(700);
    takeABreak();
    expect(keptPlace()).toMatchObject(readIn('pauses'));
    await settleArrival();
    vi.advanceTimersByTime(3000);
    expect(keptPlace(), 'the part passed does not become the place later either').toMatchObject(readIn('pauses'));
  });

  it('is where the learner is when they leave a page they have not stayed anywhere on yet', async () => {
    await start();
    scrollWindowTo(700);
    window.dispatchEvent(new Event('pagehide'));
    expect(keptPlace()).toMatchObject(readIn('why'));
  });

  it('is the heading a page opened at straight away (a link to it)', async () => {
    history.replaceState(null, '', '#pauses');
    scrollWindowTo(1800); // the browser opened the page at the heading
    await start();
    scrollWindowTo(0);
    takeABreak();
    expect(keptPlace()).toMatchObject(readIn('pauses'));
  });

  it('is the top of the next lesson once the learner moves on: the part read before is forgotten', async () => {
    await start();
    scrollWindowTo(700);
    stay();
    navigate(pageUrl('boundaries.html'), () => renderLesson('boundaries'), document.querySelector('main h1'));
    await settleArrival();
    expectWindowAt(0);
    expect(document.activeElement?.localName).toBe('h1');
    takeABreak();
    await settleArrival();
    expect(keptPlace()).toEqual({ lessonId: 'boundaries', permille: 0 });
    expect(backLinks()[0]).toBe(pageUrl('boundaries.html'));
  });

  it('is the top of the lesson when no part had been reached', async () => {
    await start();
    takeABreak();
    await settleArrival();
    expect(keptPlace()).toEqual({ lessonId: 'listening', permille: 0 });
    expect(backLinks()[0]).toBe(pageUrl('listening.html'));
  });

  it('opens the content note the learner was reading in again', async () => {
    await start();
    openNote();
    scrollWindowTo(1400);
    stay();
    takeABreak();
    expect(keptPlace()).toMatchObject({ ...readIn('how'), note: { index: 0, part: 'material' } });
    await settleArrival();
    await backToWhereIWas();
    expect(document.querySelector<HTMLElement>('[data-content-note-material]')?.hidden).toBe(false);
    expect(document.querySelector('button[data-choice="continue"]')?.getAttribute('aria-expanded')).toBe('true');
    expectWindowAt(1400);
  });

  it('is still known after the break page is reloaded', async () => {
    await start();
    scrollWindowTo(1900);
    stay();
    takeABreak();
    await start({ pageLoadType: 'reload' }); // the break page reloaded: new module state
    expect(backLinks()[0]).toBe(pageUrl('listening.html'));
    await backToWhereIWas();
    expectWindowAt(1900);
  });

  it('stays when Take a break is pressed on the break page itself', async () => {
    await start();
    scrollWindowTo(700);
    stay();
    takeABreak();
    const kept = sessionStorage.getItem(placeKey);
    takeABreak();
    expect(sessionStorage.getItem(placeKey)).toBe(kept);
  });

  it('leaves the overview link on the break page when there is none', async () => {
    renderBreakPage();
    await start();
    expect(backLinks()).toEqual([pageUrl('index.html'), pageUrl('index.html')]);
  });

  it('never points the break page outside the course folder, whatever the tab kept', async () => {
    renderBreakPage();
    sessionStorage.setItem(placeKey, 'https://elsewhere.example/page~abcd~10');
    await start();
    expect(backLinks()).toEqual([pageUrl('index.html'), pageUrl('index.html')]);
  });
});

describe('arriving on a lesson', () => {
  it('after a reload, opens at the place', async () => {
    await start();
    scrollWindowTo(1900);
    stay();
    window.dispatchEvent(new Event('pagehide'));
    scrollWindowTo(0); // a reloaded page starts at the top
    await start({ pageLoadType: 'reload' });
    expectWindowAt(1900);
    expect(document.activeElement?.id).toBe('pauses');
  });

  it('holds the place while the page settles, until a scroll made without input once the first moments are past (a screen reader moving on)', async () => {
    const layoutChanges = stubResizeObserver();
    await start();
    scrollWindowTo(1900);
    stay();
    window.dispatchEvent(new Event('pagehide'));
    scrollWindowTo(0);
    await start({ pageLoadType: 'reload' });
    expectWindowAt(1900);
    window.scrollTo({ top: 600 }); // a smooth scroll carried over from the page before
    expectWindowAt(1900);
    vi.advanceTimersByTime(2000);
    window.scrollTo({ top: 600 }); // the screen reader reads on
    layoutChanges();
    expectWindowAt(600);
  });

  it('when the course takes a relaunched learner back (LMS), opens at the bookmark the LMS kept', async () => {
    const bookmark: LessonPlace = { ...readIn('why'), permille: 250 };
    renderBreakPage(); // a page of the course that is not the lesson
    const { keepBookmark } = await start({ bookmark });
    navigate(pageUrl('listening.html'), () => renderLesson(), null, 'peerpath:return-to-place');
    await settleArrival();
    expectWindowAt(900);
    expect(keepBookmark).toHaveBeenLastCalledWith(encodeLessonPlace(bookmark));
  });

  it('by Next, Previous or the menu, opens at the top with focus on the lesson heading, whatever was kept', async () => {
    sessionStorage.setItem(placeKey, encodeLessonPlace({ ...readIn('pauses'), permille: 10 }));
    renderBreakPage();
    await start();
    navigate(pageUrl('listening.html'), () => renderLesson(), null);
    await settleArrival();
    expectWindowAt(0);
    expect(document.activeElement?.localName).toBe('h1');
  });

  it('whose section was renamed by a republished course, opens at its top', async () => {
    await start({ bookmark: { lessonId: 'listening', sectionKey: sectionKey('gone'), permille: 300 }, pageLoadType: 'reload' });
    expectWindowAt(0);
    expect(keptPlace()).toEqual({ lessonId: 'listening', permille: 0 });
  });
});
