import type { Translate } from '../../i18n/strings';
import { downloadReflections, type ReflectionFile } from './download-reflections';
import { createReflectionStore, readReflectionStorage, type ReflectionStorage, type ReflectionStore } from './reflection-store';

/** The words the tools show once they know what this browser holds; ReflectionTools.astro fills them in the course language. */
export interface ReflectionToolsLabels extends ReflectionFile {
  countNone: string;
  countOne: string;
  /** With `{count}`. */
  countMany: string;
  /** The browser will not let the course keep anything (blocked storage, some LMS frames). */
  blocked: string;
  deleted: string;
  notDeleted: string;
}

/** The labels in a course's language, as the page hands them to the script. */
export function createReflectionToolsLabels(t: Translate, course: { id: string; title: string }): ReflectionToolsLabels {
  return {
    title: t('reflections.exportTitle', { course: course.title }),
    fileName: t('reflections.fileName', { course: course.id }),
    countNone: t('reflections.countNone'),
    countOne: t('reflections.countOne'),
    countMany: t('reflections.countMany'),
    blocked: t('reflections.blocked'),
    deleted: t('reflections.deleted'),
    notDeleted: t('reflections.notDeleted'),
  };
}

const isLabels = (value: unknown): value is ReflectionToolsLabels =>
  typeof value === 'object' && value !== null &&
  ['title', 'fileName', 'countNone', 'countOne', 'countMany', 'blocked', 'deleted', 'notDeleted']
    .every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

/** The words for how many reflections this browser holds for the course. */
export function describeReflectionCount(count: number, labels: ReflectionToolsLabels): string {
  if (count === 0) return labels.countNone;
  return count === 1 ? labels.countOne : labels.countMany.replace('{count}', String(count));
}

/**
 * Wires one `[data-reflection-tools]` section (see ReflectionTools.astro): shows how many reflections
 * this browser holds for the course, downloads them as text, and deletes them after a question asked
 * in the page. Everything happens in this browser; nothing is sent anywhere.
 */
export function mountReflectionTools(root: HTMLElement, storage: ReflectionStorage | undefined): void {
  const courseId = root.dataset.courseId;
  const labels: unknown = JSON.parse(root.dataset.labels ?? 'null');
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-reflection-${name}]`);
  const [heading, count, actions, download, remove, confirm, question, yes, no, status] =
    ['heading', 'count', 'actions', 'download', 'delete', 'confirm', 'question', 'yes', 'no', 'status'].map((name) => part(name));
  if (!courseId || !isLabels(labels) || !heading || !count || !actions || !download || !remove || !confirm || !question || !yes || !no || !status) return;
  const store: ReflectionStore = createReflectionStore(storage);

  const show = () => {
    const held = store.count(courseId);
    count.textContent = storage ? describeReflectionCount(held, labels) : labels.blocked;
    actions.hidden = held === 0;
    remove.hidden = false;
    confirm.hidden = true;
  };

  download.addEventListener('click', () => downloadReflections(root.ownerDocument, store, labels, courseId));
  remove.addEventListener('click', () => {
    // Emptied here, so the result of this deletion is announced even when the words are the same as last time.
    status.textContent = '';
    remove.hidden = true;
    confirm.hidden = false;
    question.focus();
  });
  no.addEventListener('click', () => {
    show();
    remove.focus();
  });
  yes.addEventListener('click', () => {
    const done = store.deleteAll(courseId);
    show();
    // The buttons are gone once nothing is left, so focus goes to the section's heading; the result is announced.
    if (actions.hidden) heading.focus();
    else remove.focus();
    status.textContent = done ? labels.deleted : labels.notDeleted;
  });
  show();
}

/**
 * For the component's script. Course pages use Astro's ClientRouter, which swaps in each new page
 * without running bundled scripts again, so the section is also looked for on every
 * `astro:page-load`; a mark on each element keeps it from being wired twice.
 */
export function mountReflectionToolsOnEveryPage(document: Document, storage: () => ReflectionStorage | undefined = readReflectionStorage): void {
  const mountNew = () => {
    for (const root of document.querySelectorAll<HTMLElement>('[data-reflection-tools]')) {
      if (root.dataset.reflectionMounted !== undefined) continue;
      root.dataset.reflectionMounted = '';
      mountReflectionTools(root, storage());
    }
  };
  mountNew();
  document.addEventListener('astro:page-load', mountNew);
}
