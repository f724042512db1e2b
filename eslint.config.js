// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Layers point one way: model ← {ingest, extract, graph} ← pipeline ← {api, cli}.
const zone = (target, from, message) => ({ target, from, message });
const layerZones = [
  zone(
    './src/model',
    ['./src/ingest', './src/extract', './src/graph', './src/api', './src/cli', './src/pipeline.ts'],
    'src/model imports nothing else from src/',
  ),
  zone(
    './src/ingest',
    ['./src/extract', './src/graph', './src/api', './src/cli', './src/pipeline.ts'],
    'readers know nothing of extraction, graphs or surfaces',
  ),
  zone(
    './src/extract',
    ['./src/ingest', './src/graph', './src/api', './src/cli', './src/pipeline.ts'],
    'the extractor is pure: text in, entities out',
  ),
  zone('./src/graph', ['./src/ingest', './src/extract', './src/api', './src/cli', './src/pipeline.ts'], 'stores know the graph model only'),
  zone('./src/api', ['./src/cli', './src/ingest', './src/extract'], 'the API reaches data through the store'),
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'scratch/', 'scripts/neo4j/target/', 'test-output/', '.papergraph/'] },
  js.configs.recommended,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', setTimeout: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/extract/**/*.ts'],
    ignores: ['src/extract/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'src/extract is pure: no I/O, no Node built-ins' }] }],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/extract is pure' },
        { name: 'console', message: 'src/extract is pure' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/extract is deterministic' },
        { object: 'Math', property: 'random', message: 'src/extract is deterministic' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', { name: 'process', message: 'only src/cli touches process' }] },
  },
  {
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
