#!/usr/bin/env node
// `npm start`: builds the API and the storefront (cached by Nx after the first time) and runs the shop on one port.
// Without DATABASE_URL the API starts its own embedded PostgreSQL, migrates it and loads the demo catalog; beside it
// run the sandbox carrier and the test gateway (each its own process), so labels, tracking and card payments work out
// of the box.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startDevSandboxes } from './dev-sandboxes.mjs';
import { nx, root, step } from './run.mjs';

await step('Building the API and the storefront', nx, ['run-many', '-t', 'build', '-p', 'api', 'storefront', '--outputStyle=static']);

process.stdout.write('\n▶ Starting Emporium\n');
const args = process.argv.slice(2);
// A one-off command (`npm start -- migrate`) needs no carrier.
const sandboxes = args.length === 0 ? await startDevSandboxes(process.env) : { env: {}, children: [] };
const api = spawn(process.execPath, [resolve(root, 'dist/apps/api/main.js'), ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...sandboxes.env, ...process.env },
});
const stopAll = (signal) => {
  api.kill(signal);
  for (const child of sandboxes.children) child.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));
api.on('exit', (code, signal) => {
  for (const child of sandboxes.children) child.kill('SIGTERM');
  process.exit(code ?? (signal ? 1 : 0));
});
