// Runs the component browser tests on their own until the project's vitest.browser.config.ts
// exists: `npx vitest run --config test/components/harness/vitest.config.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '../../..',
    include: ['test/components/**/*.browser.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
