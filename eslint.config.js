import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layers (DESIGN.md, "Layout"): route → service → repository → db; `sse` reads the event log;
 * src-shared imports only zod; renderer code imports src-shared and src-renderer/common (and its
 * own app), never src-main; migrations import nothing from src-*; server code never imports
 * renderer code. Built-in no-restricted-imports with regex patterns is enough here: the import
 * graph is a handful of folder rules, no resolver or extra plugin is needed.
 */
const deny = (regex, message) => ({ regex, message });
const layer = (files, ...patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const noRenderer = deny('src-renderer/', 'Server code never imports renderer code.');
const layers = [
  layer(['src-shared/**'], deny('^(?!zod$|\\./)', 'src-shared imports only zod and itself.')),
  layer(['migrations/**'], deny('src-(main|shared|renderer)/', 'Migrations import nothing from src-*.')),
  layer(['src-renderer/**'], deny('src-main/', 'Renderer code never imports the main process.')),
  layer(
    ['src-renderer/common/**'],
    deny('src-main/', 'Renderer code never imports the main process.'),
    deny('^\\.\\./(tablet|admin|kitchen)/', 'common is shared by the apps; it imports none of them.'),
  ),
  ...['tablet', 'admin', 'kitchen'].map((app) =>
    layer(
      [`src-renderer/${app}/**`],
      deny('src-main/', 'Renderer code never imports the main process.'),
      deny(
        `^(\\.\\./)+(${['tablet', 'admin', 'kitchen'].filter((a) => a !== app).join('|')})/`,
        'An app imports src-shared, src-renderer/common and itself only.',
      ),
    ),
  ),
  layer(
    ['src-main/errors/**', 'src-main/logging/**'],
    noRenderer,
    deny('(^|/)(db|repositories|services|sse|server)/', 'Errors and logging sit below every layer.'),
  ),
  layer(
    ['src-main/db/**'],
    noRenderer,
    deny('(^|/)(repositories|services|sse|server)/', 'db is the lowest layer: it imports no layer above it.'),
  ),
  layer(
    ['src-main/repositories/**'],
    noRenderer,
    deny(
      '(^|/)(services|sse|server)/',
      'Repositories run queries only; they import no service, hub or route.',
    ),
  ),
  layer(
    ['src-main/services/**'],
    noRenderer,
    deny('(^|/)(sse|server)/', 'Services are called by routes; they import no route or SSE hub.'),
  ),
  layer(
    ['src-main/sse/**'],
    noRenderer,
    deny('(^|/)server/', 'The SSE hub imports no route.'),
    deny('(^|/)repositories/(?!events\\.repository$)', 'The SSE hub reads the event log only.'),
    deny('(^|/)services/(?!context$)', 'The SSE hub calls no service.'),
  ),
  layer(
    ['src-main/server/routes/**', 'src-main/server/plugins/**'],
    noRenderer,
    deny('(^|/)(repositories|db)/', 'Routes call services, never repositories or the database.'),
  ),
  layer(
    [
      'src-main/*.ts',
      'src-main/server/*.ts',
      'src-main/windows/**',
      'src-main/desktop/**',
      'src-main/demo/**',
    ],
    noRenderer,
  ),
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'data-dev/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  ...layers,
  {
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
