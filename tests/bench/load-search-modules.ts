import path from 'node:path';
import { runnerImport } from 'vite';

export type SearchModules = typeof import('./search-modules.ts');

let loaded: Promise<SearchModules> | undefined;

/**
 * Loads the project's search code once per run: a second copy would register lunr's Danish
 * pipeline functions again on the shared lunr object, which lunr warns about.
 */
export function loadSearchModules(projectRoot: string): Promise<SearchModules> {
  loaded ??= runnerImport<SearchModules>(path.join(projectRoot, 'tests/bench/search-modules.ts'), {
    configFile: false,
    root: projectRoot,
    logLevel: 'error',
  }).then((result) => result.module);
  return loaded;
}
