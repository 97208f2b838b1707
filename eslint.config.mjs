import nx from '@nx/eslint-plugin';

const services = ['catalog', 'cart', 'order', 'payment', 'user', 'inventory', 'shipping', 'storefront'];

/**
 * Who may import whom. A library's `type:` says what kind of code it is, its `scope:` which service owns it.
 * A service may use its own libs, shared libs and (for the inferred router types of a typed client)
 * another service's public `type:api` lib — never another service's domain or data-access.
 */
const depConstraints = (domainExternals) => [
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'], ...domainExternals },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:util'] },
  // Input schemas (zod) a service's API validates with and the SPA's forms reuse.
  { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:contract', 'type:domain', 'type:util'] },
  { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:api', 'type:contract', 'type:data-access', 'type:domain', 'type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:contract', 'type:domain', 'type:util'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ...services.map((service) => ({
    sourceTag: `scope:${service}`,
    onlyDependOnLibsWithTags: [`scope:${service}`, 'scope:shared', 'type:api'],
  })),
  // The checkout orchestrates services through their typed clients (`type:api`) and may use their pure rules
  // (`type:domain`: the order snapshot is built by the order domain's function) — never their data access.
  { sourceTag: 'scope:checkout', onlyDependOnLibsWithTags: ['scope:checkout', 'scope:shared', 'type:api', 'type:domain'] },
  { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['*'] },
];

/** Domain code is pure: no clock, no randomness, no environment, no I/O unless passed in. */
const domainPurity = {
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
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the clock in.' },
  ],
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/out-tsc', '**/vitest.config.*.timestamp*', '**/vite.config.*.timestamp*', '**/lint-fixtures/**', '.data/**'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          // Domain code imports no npm package at all; its specs may use the test tools.
          depConstraints: depConstraints({ bannedExternalImports: ['*'] }),
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          depConstraints: depConstraints({ allowedExternalImports: ['fast-check', 'vitest'] }),
        },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['libs/*/domain/src/**/*.ts', 'libs/shared/money/src/**/*.ts', 'libs/shared/pricing/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: domainPurity,
  },
];
