// The kit's own tests (run by `npm test` through grader/cli.ts, next to the exercise grading).
// Browser checks (*.browser.test.ts) have their own config.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.browser.test.ts', 'node_modules/**'],
  },
});
