// Lint rules for the UI (type-aware TypeScript + React hooks) and the repo's JS/TS tooling files.
// Generated IPC bindings and build output are not linted; they are checked by tsc and CI drift checks.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Not import.meta.dirname: that needs Node 20.11 and we keep Node 18 working.
const repoRoot = fileURLToPath(new URL('.', import.meta.url));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/target/**',
      '**/target-*/**',
      'ui/dist/**',
      'ui/src/bindings/**',
      'src-tauri/gen/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['ui/**/*.{ts,tsx}'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        project: ['./ui/tsconfig.json', './ui/tsconfig.node.json'],
        tsconfigRootDir: repoRoot,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['ui/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // WebDriver end-to-end specs run in Node, but the callbacks they pass to execute() run in the page.
    files: ['tests/e2e/**/*.{js,mjs,cjs}', 'tests/e2e-bench/**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
