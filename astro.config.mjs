// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import peerpath from './src/integration/index.ts';

export default defineConfig({
  integrations: [mdx(), react(), peerpath()],
  // External style sheets: inlined ones would repeat in every page of a long course.
  build: { format: 'preserve', inlineStylesheets: 'never' },
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
});
