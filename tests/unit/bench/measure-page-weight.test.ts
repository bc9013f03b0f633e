import { describe, expect, it } from 'vitest';
import { measurePageWeight } from '../../bench/page-weight/measure-page-weight';
import { createModuleGraph } from '../../bench/page-weight/module-graph';
import { readPageScripts } from '../../bench/page-weight/read-page-scripts';
import { createBuiltSite } from '../integration/scorm/built-site';

const page = `<!doctype html><html><head><link rel="stylesheet" href="../../_astro/style.css"><style>p{}</style></head><body>
<script>document.documentElement.dataset.ready = "1"</script>
<script type="module" src="../../_astro/page.js"></script>
<astro-island component-url="../../_astro/Quiz.js" renderer-url="../../_astro/client.js" ssr client="visible"><section><h3>Question</h3></section></astro-island>
<astro-island component-url="../../_astro/Quiz.js" renderer-url="../../_astro/client.js" ssr client="only"></astro-island>
<script type="application/json">{"not":"code"}</script>
</body></html>`;

const site = {
  'courses/c/lesson.html': page,
  '_astro/page.js': 'import{a}from"./shared.js";a();document.addEventListener("x",()=>import("./lms.js"));',
  '_astro/shared.js': 'export const a=()=>1;',
  '_astro/Quiz.js': 'import{a}from"./shared.js";import"./react.js";export default a;',
  '_astro/react.js': 'export const r=1;',
  '_astro/client.js': 'import"./react.js";export default ()=>{};',
  '_astro/lms.js': 'throw new Error("The data model element passed to "+"x");',
  '_astro/style.css': 'p{}',
};

describe('page weight', () => {
  it('reads a page\'s scripts, islands and style sheets from its HTML', () => {
    const scripts = readPageScripts(page);
    expect(scripts.moduleScripts).toEqual(['../../_astro/page.js']);
    expect(scripts.inlineScripts).toHaveLength(1);
    expect(scripts.blockingStylesheets).toEqual(['../../_astro/style.css']);
    expect(scripts.islands.map((island) => [island.timing, island.serverRendered])).toEqual([['when visible', true], ['start-up', false]]);
  });

  it('follows the module graph: each file once, in the first phase that fetches it, import() on demand', async () => {
    const root = createBuiltSite(site);
    const scripts = readPageScripts(page.replace(/<astro-island[^>]*client="only"><\/astro-island>/, ''));
    const weight = measurePageWeight(root, 'courses/c/lesson.html', scripts, await createModuleGraph(root));
    expect(weight.files.map((file) => [file.file, file.phase, file.scormAgain])).toEqual([
      ['inline script 1', 'start-up', false],
      ['_astro/page.js', 'start-up', false],
      ['_astro/shared.js', 'start-up', false],
      ['_astro/Quiz.js', 'when visible', false],
      ['_astro/react.js', 'when visible', false],
      ['_astro/client.js', 'when visible', false],
      ['_astro/lms.js', 'on demand', true],
    ]);
    expect(weight.byPhase['start-up']).toBe(weight.files.slice(0, 3).reduce((sum, file) => sum + file.brotliBytes, 0));
  });
});
