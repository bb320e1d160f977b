import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const CLOCK = 'core reads time from the injected clock';
const RANDOM = 'core uses the injected RandomSource';
const NO_UI = 'core is the model: it never imports Svelte or anything from src/ui';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.reports/',
      'test-results/',
      'test-results-*/',
      'playwright-report/',
      'node_modules/',
      'bench/latest.json',
    ],
  },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // A leading underscore marks a binding as deliberately unused (e.g. omitting keys via rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        parser: ts.parser,
        extraFileExtensions: ['.svelte'],
        svelteConfig,
      },
    },
  },
  {
    // Architecture: src/core is a pure model driven by an injected clock and RandomSource.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*'], message: NO_UI },
            { regex: '(^|/)ui(/|$)', message: NO_UI },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: CLOCK },
        { name: 'setInterval', message: CLOCK },
        { name: 'document', message: 'core has no DOM; the UI renders its state' },
        { name: 'window', message: 'core has no DOM; the UI renders its state' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: CLOCK },
        { object: 'Math', property: 'random', message: RANDOM },
        { object: 'globalThis', property: 'setTimeout', message: CLOCK },
        { object: 'globalThis', property: 'setInterval', message: CLOCK },
        { object: 'globalThis', property: 'document', message: 'core has no DOM' },
        { object: 'globalThis', property: 'window', message: 'core has no DOM' },
        { object: 'window', property: 'setTimeout', message: CLOCK },
        { object: 'window', property: 'setInterval', message: CLOCK },
      ],
    },
  },
);
