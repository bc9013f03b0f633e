import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Kept under tests/ because the project's top level is fixed; run with `--config tests/vitest.config.ts`.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
  },
});
