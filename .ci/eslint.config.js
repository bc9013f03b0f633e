// @ts-check
// Lives in .ci/ because the project's top level is fixed; `npm run lint` passes it with --config,
// which makes the working directory (the repository root) the base of every pattern below.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const repositoryRoot = new URL('..', import.meta.url).pathname;

/**
 * The house style's rooms (shared/design/house-style.md): node-only build code, pure core logic and
 * browser code stay apart, so a stray `node:` import fails here instead of in a learner's browser.
 * `room` imports nothing from `walledOff` (relative paths climbing into those folders of src/),
 * statically or with `import()`.
 */
function roomRules(room, walledOff, { astro = true } = {}) {
  const forbidden = [
    { regex: `^(\\.\\./)+(${walledOff.join('|')})(/|$)`, message: `src/${room}/ must not reach into ${walledOff.join(', ')} (house-style rooms).` },
    { regex: `^(node:|(${builtinModules.join('|')})$)`, message: `src/${room}/ runs outside Node: no Node built-ins (house-style rooms).` },
  ];
  if (!astro) forbidden.push({ regex: '^(astro|virtual:|@astrojs/)', message: `src/${room}/ knows nothing of Astro (house-style rooms).` });
  return {
    files: [`src/${room}/**/*`],
    rules: {
      'no-restricted-imports': ['error', { patterns: forbidden }],
      // no-restricted-imports does not look at import(); esquery's regex literal cannot hold a "/".
      'no-restricted-syntax': [
        'error',
        ...forbidden.map(({ regex, message }) => ({
          selector: `ImportExpression > Literal[value=/${regex.replaceAll('/', '\\x2F')}/]`,
          message,
        })),
      ],
    },
  };
}

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.tmp/', 'tests/.tmp/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  {
    rules: {
      // Playwright fixtures that need no other fixture are written `async ({}, use) => …`.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: repositoryRoot } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // An async function with nothing to await yet is how an interface that wants a Promise is met.
      '@typescript-eslint/require-await': 'off',
      // `delete` is how a data-* attribute or a saved record's entry is removed.
      '@typescript-eslint/no-dynamic-delete': 'off',
      // `{ dropped: _, ...kept }` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    extends: [jsxA11y.configs.recommended],
    plugins: { 'react-hooks': reactHooks },
    // The classic hook rules. The plugin's newer presets add React Compiler diagnostics, written for
    // code that compiler rewrites; these islands are plain React, where those rules flag sound code.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  {
    files: ['**/*.astro'],
    rules: {
      // `const { dropped: _, ...kept } = …` leaves a field out of a copy, as in .ts files.
      'no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // A scrolling region is focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  roomRules('core', ['integration', 'content', 'runtime', 'islands', 'components', 'layouts', 'pages'], { astro: false }),
  {
    files: ['src/core/**/*'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'].map((name) => ({
          name,
          message: 'src/core/ is pure: take what it needs as arguments instead of reading the DOM (house-style rooms).',
        })),
      ],
    },
  },
  roomRules('runtime', ['integration', 'content', 'components', 'layouts', 'pages']),
  roomRules('islands', ['integration', 'content', 'components', 'layouts', 'pages'], { astro: false }),
  { files: ['tests/e2e/lms/**/*.js'], languageOptions: { globals: globals.browser, sourceType: 'module' } },
);
