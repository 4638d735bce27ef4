import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/', 'bin/', '.tmp/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read settings through src/config.ts only.',
        },
      ],
    },
  },
  {
    files: ['src/config.ts', 'test/**', 'bench/**', 'vitest.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['scripts/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // The sandbox page runs in the browser, as plain JavaScript modules (no build step).
    files: ['src/sandbox/web/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/services/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['discord.js', '@discordjs/*'] }],
    },
  },
);
