// `npm run bench:weight`: reads the built site in dist/ (run `npm run build` first) and prints, for each
// kind of page, the brotli-compressed JavaScript it fetches, following the module graph the bundler
// wrote from the page's script tags and islands. A report, not a test: it exits 0 when a target is
// missed (saying so), 1 only when there is no build to read.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatPageWeights, formatSharedFiles, formatTargets, formatStyles } from './format-page-weight.ts';
import { measurePageWeight } from './measure-page-weight.ts';
import { createModuleGraph } from './module-graph.ts';
import { readKindedPages } from './page-kinds.ts';
import { readPageScripts } from './read-page-scripts.ts';

const root = path.resolve(import.meta.dirname, '../../..', process.env.E2E_DIST_DIR ?? 'dist');
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run npm run build first.`);
  process.exit(1);
}
const readNode = await createModuleGraph(root);
const measured = readKindedPages(root).map((page) => {
  const scripts = readPageScripts(page.html);
  return { ...page, scripts, weight: measurePageWeight(root, page.file, scripts, readNode) };
});
console.log(`Page weight of ${path.relative(process.cwd(), root) || '.'} (brotli, every file counted once per page, in the first phase that fetches it)\n`);
console.log(formatPageWeights(measured));
console.log(`\n${formatSharedFiles(measured)}`);
console.log(`\n${formatStyles(measured)}`);
console.log(`\n${formatTargets(measured)}`);
