import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerRules } from './scripts/lint/layers.mjs';
import { requireExportDoc } from './scripts/lint/requireExportDoc.mjs';
import { noUserVisibleLiterals } from './scripts/lint/noUserVisibleLiterals.mjs';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'dev-dist/', 'coverage/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML: user and link data must stay text.' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  ...layerRules(),
  {
    files: ['src/domain/**/*.ts', 'src/storage/**/*.ts'],
    plugins: { aftercare: { rules: { 'require-export-doc': requireExportDoc } } },
    rules: { 'aftercare/require-export-doc': 'error' },
  },
  {
    // Every word a user reads comes from the catalogue (issue 14); the pseudo-locale test catches the rest.
    files: ['src/components/**/*.tsx', 'src/app/**/*.tsx'],
    plugins: { i18n: { rules: { 'no-user-visible-literals': noUserVisibleLiterals } } },
    rules: { 'i18n/no-user-visible-literals': 'error' },
  },
  {
    files: ['**/*.{js,mjs}', 'scripts/**', 'server/**', 'tests/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The contract page, worker and server all import: plain data and functions, nothing from any one of them.
    files: ['src/contract/**/*.js'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'self', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require'],
      'no-restricted-imports': ['error', { patterns: ['*'] }],
    },
  },
);
