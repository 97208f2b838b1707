#!/usr/bin/env node
// `npm run migrate`: applies every service's pending migrations to DATABASE_URL (or the embedded database) and exits.
import { resolve } from 'node:path';
import { nx, root, step } from './run.mjs';

await step('Building the API', nx, ['build', 'api', '--outputStyle=static']);
await step('Migrating', process.execPath, [resolve(root, 'dist/apps/api/main.js'), 'migrate']);
