import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

// One lint for every room: JavaScript's and TypeScript's recommended rules, and Svelte's for the
// components (their <script lang="ts"> parsed by TypeScript's parser). Formatting is left alone.
export default ts.config(
  { ignores: ['node_modules/', 'build/', '.svelte-kit/', '.generated/', '.data/', 'coverage/', 'graph/embedded/target/', '**/generated/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // A leading underscore says "deliberately unused" (a positional argument, a destructured rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['web/**'],
    rules: {
      // The app is served from the root (no kit.paths.base), and most navigations change only the
      // query string of the page itself: resolve() would add nothing but noise.
      'svelte/no-navigation-without-resolve': 'off',
      // State here is immutable snapshots ($state.raw) and a version counter where a cache changes;
      // the Maps and Sets the rule points at are temporaries and caches that must not be reactive.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
);
