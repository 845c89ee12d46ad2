// Lint: typescript-eslint's recommended rules (syntactic only, so it stays fast), the hooks
// rules for the renderer, and the layer rules of ARCHITECTURE.md as import restrictions.
// test/architecture.test.ts checks what an import rule cannot: SQL outside db/, import circles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_') && !m.startsWith('node:'));

/**
 * One no-restricted-imports setting built from the layer's bans. A later config block replaces
 * the rule of an earlier one (it does not add to it), so each block lists all its bans.
 */
function restrictImports(...bans) {
  return [
    'error',
    {
      paths: bans.flatMap((b) => (b.names ?? []).map((name) => ({ name, message: b.message }))),
      patterns: bans.flatMap((b) => (b.regexes ?? []).map((regex) => ({ regex, message: b.message }))),
    },
  ];
}

/** A relative import that reaches into one of these top-level folders. */
const into = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

const noNode = {
  names: [...NODE_BUILTINS, 'electron', 'better-sqlite3'],
  regexes: ['^node:'],
  message: 'Keep Node, Electron and SQLite out of this layer: they belong to electron/ and db/.',
};
const noReact = { names: ['react', 'react-dom', 'react-dom/client'], message: 'shared/ is pure TypeScript: no React.' };
const noDbElectron = { regexes: [into('db', 'electron')], message: 'Reach db/ and electron/ through the API (shared/api), never directly.' };
const noRenderer = { regexes: [into('renderer')], message: 'Nothing below the renderer imports the renderer.' };
const noElectron = { regexes: [into('electron')], message: 'db/ does not know the services or transports in electron/.' };
/** Components call stores; only stores (and their tests) talk to the API client. */
const noApiClient = {
  regexes: ['^(\\.\\.?/)+api(/|$)'],
  message: 'Components use stores; only a store (*Store.ts, renderer/stores/) imports renderer/api/.',
};

/**
 * shared/ production files import nothing outside shared/. A file n folders deep leaves
 * shared/ with n leading "../", so one block per depth bans exactly those imports.
 */
const sharedDepthBlocks = [1, 2, 3, 4, 5, 6].map((depth) => ({
  files: [`shared/${'*/'.repeat(depth - 1)}*.ts`],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': restrictImports(noNode, noReact, {
      regexes: [`^(\\.\\./){${depth}}`],
      message: 'shared/ imports nothing outside shared/ (pure logic: no db, electron, renderer, scripts or test code).',
    }),
  },
}));

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', '.electron-native/', 'test-results/', 'test/fixtures/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a parameter or binding kept for its position or shape.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The build and test helper scripts run in plain Node.
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // "Latest value" refs assigned during render feed callbacks that third-party widgets
      // (FullCalendar) keep from their first render; useEffectEvent cannot be handed to them.
      'react-hooks/refs': 'off',
      // Panels load their data when they open or their input changes, showing a busy state
      // meanwhile: setting that state from the effect is the point, not a cascading render.
      'react-hooks/set-state-in-effect': 'off',
    },
  },

  // Layer rules (ARCHITECTURE.md).
  ...sharedDepthBlocks,
  {
    files: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrictImports({ ...noNode, names: ['electron', 'better-sqlite3'], regexes: [] }, noDbElectron, noRenderer) },
  },
  {
    files: ['db/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports({ names: ['electron'], message: 'db/ runs without Electron.' }, noElectron, noRenderer) },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports(noRenderer) },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictImports(noNode, noDbElectron) },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/features/**/*.ts', 'renderer/app/**/*.ts'],
    ignores: ['**/*Store.ts', 'renderer/stores/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': restrictImports(noNode, noDbElectron, noApiClient) },
  },
);
