// The project's config with a private cache folder, so a benchmark build starts cold and never
// shares Astro's content store or Vite's cache with other builds running in the project.
import projectConfig from '../../astro.config.mjs';

export default {
  ...projectConfig,
  cacheDir: process.env.PEERPATH_BENCH_CACHE_DIR ?? projectConfig.cacheDir,
};
