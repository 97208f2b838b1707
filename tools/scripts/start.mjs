#!/usr/bin/env node
// `npm start`: builds the API and the storefront (cached by Nx after the first time) and runs the shop on one port.
// Without DATABASE_URL the API starts its own embedded PostgreSQL, migrates it and loads the demo catalog.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { nx, root, step } from './run.mjs';

await step('Building the API and the storefront', nx, ['run-many', '-t', 'build', '-p', 'api', 'storefront', '--outputStyle=static']);

process.stdout.write('\n▶ Starting Emporium\n');
const api = spawn(process.execPath, [resolve(root, 'dist/apps/api/main.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
