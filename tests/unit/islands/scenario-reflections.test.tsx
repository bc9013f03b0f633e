// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createReflectionStore, reflectionStorageKey, type ReflectionStorage } from '../../../src/runtime/reflections/reflection-store';
import { buttonNamed, click, createMemorySession, labels, renderPlayer, takeChoice, typeInto } from './scenario-test-kit';
import { defined } from '../../support/defined';

vi.mock('../../../src/runtime/scenario/scenario-session', () => ({ connectScenarioSession: vi.fn() }));

const reflection = 'I would say I have been through a hard time, and leave it there.';
const field = (scope: HTMLElement) => defined(scope.querySelector<HTMLTextAreaElement>('.scenario-reflect textarea'), '.scenario-reflect textarea');

beforeEach(() => localStorage.clear());

describe('pause and reflect', () => {
  it('is labelled as staying on this device', async () => {
    const { session } = createMemorySession();
    const { container } = await renderPlayer(session);
    const prompt = defined(container.querySelector<HTMLElement>('.scenario-reflect'), '.scenario-reflect');
    expect(prompt.textContent).toContain('Pause and reflect');
    expect(prompt.textContent).toContain('What would you be comfortable sharing about yourself in a group?');
    const label = defined(prompt.querySelector('label'), 'label');
    expect(document.getElementById(label.htmlFor)).toBe(field(container));
    expect(label.textContent).toBe('Your thoughts (kept only on this device)');
    expect(document.getElementById(defined(field(container).getAttribute('aria-describedby'), 'aria-describedby'))?.textContent).toContain('never sent to your learning platform');
  });

  it('keeps the text in localStorage only: never in what is saved for the course or sent to the LMS', async () => {
    const { session, saves } = createMemorySession();
    const { container, root } = await renderPlayer(session);
    await typeInto(field(container), reflection);
    expect(localStorage.getItem(reflectionStorageKey)).toContain(reflection);

    await takeChoice(container, 'Share briefly, in your own words');
    await takeChoice(container, 'Invite others to share if they wish');
    await click(buttonNamed(container, 'Try a different path'));
    await click(buttonNamed(container, 'Say you would rather not'));
    await click(buttonNamed(container, 'Back one step'));
    expect(saves.length).toBeGreaterThan(3);
    const sent = JSON.stringify(saves);
    expect(sent).not.toContain('hard time');
    expect(sent).not.toContain('reflect');

    // The same text comes back on the next visit, from the device.
    act(() => root.unmount());
    const again = await renderPlayer(createMemorySession().session);
    expect(field(again.container).value).toBe(reflection);
  });

  it('can be deleted from the device, after a confirmation that takes focus', async () => {
    const { session } = createMemorySession();
    const { container } = await renderPlayer(session);
    await typeInto(field(container), reflection);
    const tools = defined(container.querySelector<HTMLDetailsElement>('.scenario-reflections'), '.scenario-reflections');
    expect(tools.querySelector('summary')?.textContent).toBe('Your reflections on this device');

    await click(buttonNamed(tools, 'Delete my reflections on this device'));
    expect(document.activeElement?.textContent).toBe(labels['scenario.reflectionsDeleteConfirm']);
    await click(buttonNamed(tools, 'No, keep them'));
    expect(document.activeElement).toBe(buttonNamed(tools, 'Delete my reflections on this device'));
    expect(localStorage.getItem(reflectionStorageKey)).toContain(reflection);

    await click(buttonNamed(tools, 'Delete my reflections on this device'));
    await click(buttonNamed(tools, 'Yes, delete them'));
    expect(localStorage.getItem(reflectionStorageKey)).toBeNull();
    expect(field(container).value).toBe('');
    expect(tools.querySelector('[role="status"]')?.textContent).toBe('Your reflections have been deleted from this device.');
    expect(document.activeElement?.textContent).toBe('Your reflections have been deleted from this device.');
  });

  it('says so when the browser will not keep the text', async () => {
    const getItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { container } = await renderPlayer(createMemorySession().session);
    await typeInto(field(container), reflection);
    expect(container.querySelector('.scenario-reflect')?.textContent).toContain(labels['scenario.reflectNotKept']);
    getItem.mockRestore();
  });
});

describe('the reflection store', () => {
  const memory = (): ReflectionStorage & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
  };

  it('saves, reads, removes empty text, and exports everything as plain text in the order written', () => {
    let minute = 0;
    const storage = memory();
    const store = createReflectionStore(storage, () => new Date(Date.UTC(2025, 0, 1, 10, minute++)));
    expect(store.save('a', 'First thought', { prompt: 'What stays with you?', place: 'Scenario – Scene 1' })).toBe(true);
    expect(store.save('b', 'Second thought', { prompt: 'What would you do again?', place: 'Scenario – An open start' })).toBe(true);
    expect(store.read('a')).toBe('First thought');
    expect(store.read('unknown')).toBe('');
    expect(store.count()).toBe(2);
    expect(store.exportAsText('My reflections')).toBe(
      'My reflections\n\n----\n\nScenario – Scene 1\nWhat stays with you?\n\nFirst thought\n\n----\n\n' +
        'Scenario – An open start\nWhat would you do again?\n\nSecond thought\n',
    );
    store.save('a', '   ', { prompt: 'What stays with you?', place: 'Scenario – Scene 1' });
    expect(store.count()).toBe(1);
    expect(store.deleteAll()).toBe(true);
    expect(storage.data.size).toBe(0);
  });

  it('ignores what it cannot read, and keeps nothing without storage', () => {
    const storage = memory();
    storage.setItem(reflectionStorageKey, '{"a":{"text":1},"b":"x"');
    expect(createReflectionStore(storage).count()).toBe(0);
    const none = createReflectionStore(undefined);
    expect(none.save('a', 'text', { prompt: 'p', place: 'q' })).toBe(false);
    expect(none.read('a')).toBe('');
  });
});
