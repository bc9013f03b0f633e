/**
 * Kept in this exact form: Vite finds `new Worker(new URL(..., import.meta.url))` and bundles the
 * worker with lunr, so lunr never loads on the page itself.
 */
export function createSearchWorker(): Worker {
  return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
}
