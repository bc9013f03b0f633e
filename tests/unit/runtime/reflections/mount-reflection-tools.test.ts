// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createReflectionToolsLabels,
  describeReflectionCount,
  mountReflectionTools,
  mountReflectionToolsOnEveryPage,
  type ReflectionToolsLabels,
} from '../../../../src/runtime/reflections/mount-reflection-tools';
import { createReflectionStore, reflectionIdFor, reflectionStorageKey } from '../../../../src/runtime/reflections/reflection-store';
import { createTranslator } from '../../../../src/i18n/strings';
import { defined, itemAt } from '../../../support/defined';

const t = createTranslator('en');
const labels: ReflectionToolsLabels = createReflectionToolsLabels(t, { id: 'peer-basics', title: 'Peer basics' });

/** The section as ReflectionTools.astro renders it. */
function renderSection(courseId = 'peer-basics'): HTMLElement {
  const attribute = JSON.stringify(labels).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  document.body.innerHTML = `
    <main>
      <section data-reflection-tools data-course-id="${courseId}" data-labels='${attribute}'>
        <h2 tabindex="-1" data-reflection-heading>${t('reflections.heading')}</h2>
        <p data-reflection-count></p>
        <div data-reflection-actions hidden>
          <button type="button" data-reflection-download>${t('reflections.download')}</button>
          <button type="button" data-reflection-delete>${t('reflections.delete')}</button>
        </div>
        <div data-reflection-confirm hidden>
          <p tabindex="-1" data-reflection-question>${t('reflections.deleteConfirm')}</p>
          <button type="button" data-reflection-yes>${t('reflections.deleteYes')}</button>
          <button type="button" data-reflection-no>${t('reflections.deleteNo')}</button>
        </div>
        <p role="status" data-reflection-status></p>
      </section>
    </main>`;
  return defined(document.querySelector<HTMLElement>('[data-reflection-tools]'), '[data-reflection-tools]');
}

const part = (root: HTMLElement, name: string) => defined(root.querySelector<HTMLElement>(`[data-reflection-${name}]`), `[data-reflection-${name}]`);
const save = (courseId: string, scene: string, text: string) =>
  createReflectionStore(localStorage).save(reflectionIdFor(courseId, 'first-meeting', scene), text, { prompt: `Prompt in ${scene}`, place: `First meeting – ${scene}` });

// Anything that could carry a reflection off the device; none of it may be used.
const network = { fetch: vi.fn(), sendBeacon: vi.fn(), xhrOpen: vi.fn() };

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', network.fetch);
  Object.defineProperty(navigator, 'sendBeacon', { value: network.sendBeacon, configurable: true });
  vi.spyOn(XMLHttpRequest.prototype, 'open').mockImplementation(network.xhrOpen);
});

afterEach(() => {
  expect(network.fetch).not.toHaveBeenCalled();
  expect(network.sendBeacon).not.toHaveBeenCalled();
  expect(network.xhrOpen).not.toHaveBeenCalled();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  network.fetch.mockClear();
  network.sendBeacon.mockClear();
  network.xhrOpen.mockClear();
});

describe('how many reflections this browser holds for the course', () => {
  it('counts only this course’s reflections, in words', () => {
    save('peer-basics', 'opening', 'I would listen first.');
    save('peer-basics', 'later', 'Then ask what helps.');
    save('another-course', 'opening', 'Not this course.');
    const root = renderSection();
    mountReflectionTools(root, localStorage);
    expect(part(root, 'count').textContent).toBe('This browser holds 2 reflections for this course.');
    expect(part(root, 'actions').hidden).toBe(false);
  });

  it('says when there are none, and offers nothing to download or delete', () => {
    const root = renderSection();
    mountReflectionTools(root, localStorage);
    expect(part(root, 'count').textContent).toBe('This browser holds no reflections for this course.');
    expect(part(root, 'actions').hidden).toBe(true);
  });

  it('says when the browser keeps nothing at all', () => {
    const root = renderSection();
    mountReflectionTools(root, undefined);
    expect(part(root, 'count').textContent).toBe(labels.blocked);
    expect(part(root, 'actions').hidden).toBe(true);
  });

  it('uses the singular for one', () => {
    expect(describeReflectionCount(1, labels)).toBe('This browser holds 1 reflection for this course.');
    expect(describeReflectionCount(12, labels)).toBe('This browser holds 12 reflections for this course.');
  });
});

describe('download my reflections', () => {
  it('makes a text file in the browser with this course’s reflections only', () => {
    save('peer-basics', 'opening', 'I would listen first.');
    save('another-course', 'opening', 'Not this course.');
    const root = renderSection();
    mountReflectionTools(root, localStorage);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    part(root, 'download').click();

    expect(clicked).toHaveLength(1);
    const link = itemAt(clicked, 0);
    expect(link.download).toBe('my-reflections-peer-basics.txt');
    expect(link.href.startsWith('data:text/plain;charset=utf-8,')).toBe(true);
    const text = decodeURIComponent(link.href.slice('data:text/plain;charset=utf-8,'.length));
    expect(text).toBe('My reflections: Peer basics\n\n----\n\nFirst meeting – opening\nPrompt in opening\n\nI would listen first.\n');
    expect(link.isConnected).toBe(false);
  });
});

describe('delete my reflections from this device', () => {
  it('asks first, in the page, and keeps everything when the answer is no', () => {
    save('peer-basics', 'opening', 'I would listen first.');
    const confirm = vi.spyOn(window, 'confirm');
    const root = renderSection();
    mountReflectionTools(root, localStorage);

    part(root, 'delete').click();
    expect(confirm).not.toHaveBeenCalled();
    expect(part(root, 'confirm').hidden).toBe(false);
    expect(part(root, 'delete').hidden).toBe(true);
    expect(document.activeElement).toBe(part(root, 'question'));

    part(root, 'no').click();
    expect(part(root, 'confirm').hidden).toBe(true);
    expect(document.activeElement).toBe(part(root, 'delete'));
    expect(localStorage.getItem(reflectionStorageKey)).toContain('I would listen first.');
    expect(part(root, 'status').textContent).toBe('');
  });

  it('deletes this course’s reflections on yes, keeps other courses’, moves focus to the heading and announces it politely', () => {
    save('peer-basics', 'opening', 'I would listen first.');
    save('another-course', 'opening', 'Not this course.');
    const root = renderSection();
    mountReflectionTools(root, localStorage);

    part(root, 'delete').click();
    part(root, 'yes').click();
    const stored = defined(localStorage.getItem(reflectionStorageKey), 'stored reflections');
    expect(stored).not.toContain('I would listen first.');
    expect(stored).toContain('Not this course.');
    expect(part(root, 'count').textContent).toBe('This browser holds no reflections for this course.');
    expect(part(root, 'actions').hidden).toBe(true);
    expect(part(root, 'confirm').hidden).toBe(true);
    expect(document.activeElement).toBe(part(root, 'heading'));
    const status = part(root, 'status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('Your reflections for this course have been deleted from this device.');
  });

  it('says so, and leaves focus on the button, when the browser will not delete them', () => {
    save('peer-basics', 'opening', 'I would listen first.');
    const root = renderSection();
    const storage = { getItem: (key: string) => localStorage.getItem(key), setItem: () => { throw new DOMException('blocked', 'SecurityError'); }, removeItem: () => { throw new DOMException('blocked', 'SecurityError'); } };
    mountReflectionTools(root, storage);
    part(root, 'delete').click();
    part(root, 'yes').click();
    expect(part(root, 'status').textContent).toBe(labels.notDeleted);
    expect(part(root, 'count').textContent).toBe('This browser holds 1 reflection for this course.');
    expect(document.activeElement).toBe(part(root, 'delete'));
  });
});

describe('on ClientRouter navigations', () => {
  it('wires each new section on astro:page-load, and never one twice', () => {
    save('peer-basics', 'opening', 'I would listen first.');
    const first = renderSection();
    mountReflectionToolsOnEveryPage(document, () => localStorage);
    expect(part(first, 'count').textContent).toBe('This browser holds 1 reflection for this course.');

    document.dispatchEvent(new Event('astro:page-load'));
    // Wired once: one press makes one file.
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    part(first, 'download').click();
    expect(click).toHaveBeenCalledTimes(1);

    const swapped = renderSection('another-course');
    expect(part(swapped, 'count').textContent).toBe('');
    document.dispatchEvent(new Event('astro:page-load'));
    expect(part(swapped, 'count').textContent).toBe('This browser holds no reflections for this course.');
  });
});
