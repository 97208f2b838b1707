#!/usr/bin/env node
// `npm test`: everything CI checks — workspace sync, lint (module boundaries included), typecheck, unit and
// integration tests on real PostgreSQL, the builds, and the end-to-end tests (real processes, real browser).
// Without DATABASE_URL the integration tests start a throwaway embedded PostgreSQL of their own.
import { nx, step } from './run.mjs';

const targets = ['lint', 'typecheck', 'test', 'build'];
await step('Checking that TypeScript project references match the dependency graph', nx, ['sync:check']);
await step(`Running ${targets.join(', ')} for every project`, nx, ['run-many', '-t', ...targets, '--outputStyle=static', '--parallel=2', ...process.argv.slice(2)]);
process.stdout.write('\n✔ All checks passed\n');
