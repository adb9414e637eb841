// ESLint flat config. Formatting is Prettier's job (.prettierrc.json); these rules catch mistakes, not style.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Built, generated or vendored: not ours to lint.
  globalIgnores([
    'dist/',
    'dist-*/',
    '.astro/',
    'test-results*/',
    'playwright-report/',
    '.cache/',
    '.cache-*/',
    'reports/',
    'bench/',
    'public/',
    'i18n-drafts/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Node: build scripts, config files, integrations, tests.
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A key is dropped by destructuring it into a `_name` (`const { near: _near, ...rest } = state`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Decap's editor parts ship untyped and are handed only to Decap's own registry, which types them loosely.
    files: ['src/scripts/admin/decap-parts.d.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The browser: scripts the pages load and the scripts inside .astro files.
    files: ['src/scripts/**', '**/*.astro', '**/*.astro/*.js', '**/*.astro/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The map island is the only React code.
    files: ['**/*.tsx', 'src/components/map/**'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Three React Compiler rules are off: the project does not use the compiler, and the map does on purpose
      // what they forbid. Leaflet keeps the handlers it was given at creation, so the map reads the latest
      // callback and counts through refs set during render (refs) and clears the shared-link ref from
      // useMapUrlState in an effect (immutability); the island starts the map in its first effect, the
      // moment after the hydration the user asked for (set-state-in-effect). rules-of-hooks and
      // exhaustive-deps stay on.
      'react-hooks/refs': 'off',
      'react-hooks/immutability': 'off',
      'react-hooks/set-state-in-effect': 'off',
    },
  },
);
