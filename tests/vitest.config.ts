import { defineConfig } from 'vitest/config';

// Browser tests: the BUILT script (dist/) in Debian's Chromium via playwright-core.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: one Chromium at a time keeps timings and screenshots steady.
    fileParallelism: false,
  },
});
