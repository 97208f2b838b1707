// Small helpers shared by the npm scripts in this folder.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const nx = resolve(root, 'node_modules/.bin/nx');

/** Runs a command with inherited stdio; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolveExit) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command and exits this process with its code if it fails. */
export async function step(title, command, args, options) {
  process.stdout.write(`\n▶ ${title}\n`);
  const code = await run(command, args, options);
  if (code !== 0) {
    process.stderr.write(`\n✖ ${title} failed (exit ${code})\n`);
    process.exit(code);
  }
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}
