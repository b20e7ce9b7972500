import { defineConfig } from 'vitest/config';

// Browser tests: the BUILT script (dist/) in Debian's Chromium, Firefox ESR and
// WebKitGTK (tests/README.md).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: one browser at a time keeps timings and screenshots steady.
    fileParallelism: false,
  },
});
