// Loaded through Vite's module runner (see load-search-modules.ts): the project's sources use
// extensionless imports, which Node alone cannot resolve. The benchmark searches with the same code
// learners' browsers run, so its figures stay honest as that code changes.
export { createSearchService } from '../../src/runtime/search/search-service';
