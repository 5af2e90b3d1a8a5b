import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http', 'https',
  'net', 'os', 'path', 'process', 'readline', 'stream', 'timers', 'tls', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];

/** Where code may run is visible from where it lives: shared/ is pure, renderer/ is browser-only. */
const noNodeNoElectron = {
  patterns: [
    { group: ['node:*'], message: 'shared/ and renderer/ run without Node: no node: modules here.' },
    { group: ['electron', 'electron/*'], message: 'Only electron/ may import Electron.' },
    { group: ['sqlite3', 'electron-store'], message: 'Node-only packages belong in electron/ services.' },
    { group: ['**/electron/**', '../electron/*', '../../electron/*'], message: 'Reach the main process through the IPC contract, not by import.' },
  ],
  paths: NODE_BUILTINS.map((name) => ({ name, message: 'shared/ and renderer/ run without Node.' })),
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use `as const` arrays and unions.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', noNodeNoElectron],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname'].map((name) => ({
          name,
          message: 'shared/ runs everywhere: no DOM and no Node globals.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', noNodeNoElectron] },
  },
);
