// Browser and process end-to-end tests (`npm run test:e2e`): the real bot, the Agents Playground and headless Chromium.
// Kept out of `npm test` because they need Debian's chromium and take tens of seconds.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // One bot + Playground + browser at a time: predictable ports and CPU.
    fileParallelism: false,
  },
});
