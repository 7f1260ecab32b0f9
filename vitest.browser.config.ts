import { defineConfig } from 'vitest/config';

// Browser checks of the built deck and its PDF: each file drives the system's Chromium through
// playwright-core, so files run one at a time (2 cores; Chromium is heavy) with generous timeouts.
// The global setup builds the deck once (under a sub-path) and shares the result with every file.
export default defineConfig({
  test: {
    include: ['test/**/*.browser.test.ts'],
    environment: 'node',
    globalSetup: ['test/deck/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 600_000,
    teardownTimeout: 60_000,
    reporters: ['default'],
  },
});
