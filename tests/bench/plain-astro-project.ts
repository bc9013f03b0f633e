import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The baseline peerpath is measured against: Astro with MDX and nothing else, building the same lessons with
// a minimal layout. The lessons' <ContentNote> gets a component that only wraps its text, so the MDX compiles.
const FILES: Record<string, string> = {
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  build: { format: 'preserve' },
  cacheDir: process.env.PEERPATH_BENCH_CACHE_DIR,
  devToolbar: { enabled: false },
});
`,
  'src/content.config.mjs': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  lessons: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: process.env.PEERPATH_COURSES_DIR }) }),
};
`,
  'src/components/ContentNote.astro': `<section class="content-note"><slot /></section>
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import ContentNote from '../components/ContentNote.astro';

export async function getStaticPaths() {
  const lessons = await getCollection('lessons');
  return lessons.map((lesson) => ({ params: { slug: lesson.id }, props: { lesson } }));
}

const { lesson } = Astro.props;
const { Content, headings } = await render(lesson);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{lesson.data.title}</title></head>
  <body>
    <h1>{lesson.data.title}</h1>
    <nav><ul>{headings.map((heading) => <li><a href={'#' + heading.slug}>{heading.text}</a></li>)}</ul></nav>
    <main><Content components={{ ContentNote }} /></main>
  </body>
</html>
`,
};

/** Writes the plain Astro + MDX project into `dir`, using this repository's installed packages. */
export function writePlainAstroProject(dir: string, projectRoot: string): void {
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'plain-astro-bench', private: true, type: 'module' }));
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}
