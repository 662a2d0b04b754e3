// ESLint for the front-end files (run from the repository root by "npm run lint"): the operator console's ES modules
// and the simulator's script. A warning fails the run (--max-warnings 0).
import js from '@eslint/js';
import globals from 'globals';

export default [
  js.configs.recommended,
  {
    files: ['src/Chatbot.Web/Console/Assets/**/*.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.browser },
  },
  {
    files: ['src/Chatbot.Web/Simulator/Page/**/*.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'script', globals: globals.browser },
  },
  {
    rules: {
      'no-unused-vars': ['error', { args: 'after-used', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-implicit-globals': 'error',
      'no-shadow': 'error',
    },
  },
  {
    // The console shows citizens' text: never as HTML. (The simulator, a developer's tool, still builds escaped HTML.)
    files: ['src/Chatbot.Web/Console/Assets/**/*.js'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Insert text or nodes (h, add), never HTML.' },
        { property: 'outerHTML', message: 'Insert text or nodes (h, add), never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Insert text or nodes (h, add), never HTML.' },
      ],
    },
  },
];
