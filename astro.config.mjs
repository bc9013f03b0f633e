// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import peerpath from './src/integration/index.ts';

export default defineConfig({
  integrations: [mdx(), react(), peerpath()],
  build: { format: 'preserve' },
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
});
