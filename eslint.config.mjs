import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', '**/node_modules/', 'custom-elements.json', 'coverage/', 'examples/eleventy/_site/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-legacy-template-syntax': 'error',
      'lit/no-private-properties': 'off',
    },
  },
  {
    // chai's property assertions (`expect(x).to.exist`) are expressions.
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    files: ['*.mjs', 'scripts/**', 'test/node/**', 'bench/*.mjs', 'examples/eleventy/**/*.mjs'],
    languageOptions: {globals: {...globals.node}},
  }
);
