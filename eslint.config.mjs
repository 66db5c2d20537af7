import nx from '@nx/eslint-plugin';

/**
 * Packages that tie code to a framework, a database or a queue. Domain libraries are pure:
 * deciders and legal arithmetic must run (and be tested) without any of them.
 */
const infrastructurePackages = [
  '@nestjs/*',
  'pg',
  'pg-*',
  'better-sqlite3',
  'ioredis',
  'bullmq',
  '@eventstore/*',
  '@event-driven-io/*',
];

const depConstraints = [
  {
    sourceTag: 'scope:domain',
    onlyDependOnLibsWithTags: ['scope:domain'],
    bannedExternalImports: infrastructurePackages,
  },
  { sourceTag: 'scope:infra', onlyDependOnLibsWithTags: ['scope:domain', 'scope:infra'] },
  { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['scope:domain', 'scope:infra'] },
  { sourceTag: 'scope:test', onlyDependOnLibsWithTags: ['scope:domain', 'scope:infra', 'scope:test', 'scope:testing'] },
  { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: [] },
];

/** Tests (and only tests) may also use the test-support library. */
const specDepConstraints = depConstraints.map((constraint) =>
  constraint.sourceTag === 'scope:infra' || constraint.sourceTag === 'scope:app'
    ? { ...constraint, onlyDependOnLibsWithTags: [...constraint.onlyDependOnLibsWithTags, 'scope:testing'] }
    : constraint,
);

const boundaries = (constraints) => [
  'error',
  { enforceBuildableLibDependency: true, allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'], depConstraints: constraints },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/out-tsc', '**/node_modules', '.data/**', 'tmp/**'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.cts', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(depConstraints),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/test-support/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(specDepConstraints) },
  },
];
