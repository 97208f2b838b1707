import baseConfig from '../../../eslint.config.mjs';

/**
 * The root config gives its domain purity rules to `libs/*\/domain` and `libs/shared/money` by path; this lib is a
 * domain lib by tag but not by path, so it states the same rules for its own sources here.
 */
const purity = {
  'no-restricted-imports': [
    'error',
    { patterns: [{ regex: '^node:|^(fs|path|http|https|net|crypto|os|child_process|worker_threads|stream)$', message: 'Domain libs do no I/O.' }] },
  ],
  'no-restricted-globals': [
    'error',
    ...['process', 'fetch', 'setTimeout', 'setInterval', 'crypto', 'console', 'require'].map((name) => ({
      name,
      message: 'Domain libs are pure: pass this capability in.',
    })),
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Pass the clock in.' },
    { object: 'Math', property: 'random', message: 'Pass randomness in.' },
  ],
  'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the clock in.' }],
};

export default [...baseConfig, { files: ['src/**/*.ts'], ignores: ['**/*.spec.ts'], rules: purity }];
