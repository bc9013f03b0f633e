// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import peerpath from './src/integration/index.ts';

export default defineConfig({
  integrations: [mdx(), react(), peerpath()],
  // External style sheets: inlined ones would repeat in every page of a long course.
  // Four pages at a time: rendering one at a time left the main thread idle for a third of the page phase
  // (loading each lesson's chunk, writing files); at 1 000 lessons pages took 4 s instead of 6–7 s, with the
  // same output and no higher peak memory.
  build: { format: 'preserve', inlineStylesheets: 'never', concurrency: 4 },
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
});
