// ESLint flat config: the recommended rules of ESLint, typescript-eslint (not type-aware: the
// type-aware set took several minutes on a two-core machine, and `npm run typecheck` already runs
// the compiler) and eslint-plugin-vue for Vue 3; eslint-config-prettier last, so no rule argues
// with the formatter.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'reports/', 'exports/', '.slidev/', '.vite/', 'test-results/', 'vendor/', 'node_modules/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // A leading underscore marks a parameter kept for its position (a callback's signature).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Type-based defineProps: an optional prop is `undefined` when absent, and its type says so.
    files: ['**/*.vue'],
    rules: { 'vue/require-default-prop': 'off' },
  },
  {
    // The tests match table output, where a literal run of spaces reads as the column gap it is.
    files: ['test/**', 'exercises/**', 'solutions/**'],
    rules: { 'no-regex-spaces': 'off' },
  },
  {
    // A starter keeps the parameters the learner is asked to use.
    files: ['exercises/**'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none', caughtErrors: 'none' }] },
  },
  {
    // A global is declared with `var` (`declare var console`): let/const do not add to globalThis.
    files: ['**/*.d.ts'],
    rules: { 'no-var': 'off' },
  },
  {
    // The CommonJS half of the local playwright-chromium package (see its index.js).
    files: ['tools/playwright-chromium/index.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
