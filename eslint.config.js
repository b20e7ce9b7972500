import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'bench/results/',
      'bench/.build/',
      'test-results/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // The build leaves out Svelte's deep-state proxy (build/script.ts): state is raw.
    files: ['src/**/*.svelte', 'src/**/*.svelte.ts', 'embed/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.name=/^[$](state|bindable)$/]',
          message: 'Use $state.raw and plain props: the build leaves out deep-state proxies.',
        },
      ],
    },
  },
  {
    // Components only draw: DOM work belongs to Svelte, never to d3 selections.
    files: ['src/**/*.svelte'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['d3-selection', 'd3'] }],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
