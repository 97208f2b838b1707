#!/usr/bin/env node
// `npm run start:distributed`: the shop with every service in its own process on loopback — the topology of the
// Kubernetes `services` overlay, on one machine. One PostgreSQL (DATABASE_URL, or an embedded one), migrated once;
// then one API process per service plus the worker, each `SERVICES=<name>` with every other one's `<SERVICE>_URL`;
// the storefront's process is the edge: it serves the SPA at the printed URL and passes each tRPC call (and each
// provider's webhook) on to the process that owns it. The sandbox carrier and the test gateway run beside them, as
// with `npm start`. The e2e journey test drives the same function (startDistributed) against its own database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDevSandboxes } from './dev-sandboxes.mjs';
import { freePort, nx, root, step } from './run.mjs';

/** One process each; `storefront` is the edge the browser talks to. */
const DISTRIBUTED_PROCESSES = ['user', 'catalog', 'inventory', 'cart', 'shipping', 'payment', 'order', 'storefront', 'worker'];
const SERVICE_NAMES = DISTRIBUTED_PROCESSES.filter((name) => name !== 'worker');
const API_BINARY = resolve(root, 'dist/apps/api/main.js');
const START_TIMEOUT_MS = 60_000;


/**
 * Runs `node dist/apps/api/main.js <command>` and resolves once a line of its output matches `ready` (with the
 * match), or with null once it exits 0 when `ready` is null. Output is kept (and echoed when `echo`).
 */
function runApi(command, env, { ready, echo }) {
  const child = spawn(process.execPath, [API_BINARY, ...(command ? [command] : [])], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { text: '' };
  const started = new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command || env.SERVICES} did not start within ${START_TIMEOUT_MS / 1000} s:\n${output.text}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk) => {
      output.text += chunk.toString();
      if (echo) process.stdout.write(chunk);
      const match = ready && output.text.match(ready);
      if (match) {
        clearTimeout(timer);
        resolveStart(match);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!ready && code === 0) resolveStart(null);
      else reject(new Error(`${command || env.SERVICES} exited with ${code}:\n${output.text}`));
    });
  });
  // A rejection nobody awaits any more (the process ended later, after it was ready) is not an error.
  started.catch(() => undefined);
  return { child, output, started };
}

/**
 * Starts the distributed shop. `env` is the base environment (settings for every process; DATABASE_URL to use a
 * server of your own, PORT for the edge, NODE_ENV, LOG_LEVEL, provider keys…). Returns the edge's URL, the database's,
 * each process (to kill and start again) and `stop()`.
 */
export async function startDistributed({ env = process.env, echo = false } = {}) {
  if (!existsSync(API_BINARY)) throw new Error(`${API_BINARY} is missing: build the API first (npx nx build api)`);
  const base = { PATH: env.PATH ?? '', HOME: env.HOME ?? '', ...env };
  const stops = [];
  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      const database = runApi('database', base, { ready: /DATABASE_URL=(\S+)/, echo: false });
      stops.push(() => stopChild(database.child));
      databaseUrl = (await database.started)[1];
    }
    await runApi('migrate', { ...base, DATABASE_URL: databaseUrl }, { ready: null, echo }).started;

    const edgePort = env.PORT && env.PORT !== '0' ? Number(env.PORT) : await freePort();
    const ports = Object.fromEntries(await Promise.all(DISTRIBUTED_PROCESSES.map(async (name) => [name, name === 'storefront' ? edgePort : await freePort()])));
    const urlOf = (name) => `http://127.0.0.1:${ports[name]}`;
    const publicUrl = env.PUBLIC_URL ?? `http://localhost:${edgePort}`;
    const sandboxes = await startDevSandboxes({ ...base, PORT: String(edgePort) });
    stops.push(async () => {
      for (const child of sandboxes.children) await stopChild(child);
    });

    const common = {
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ...sandboxes.env,
      ...base,
      DATABASE_URL: databaseUrl,
      SERVICE_TOKEN: env.SERVICE_TOKEN ?? randomBytes(32).toString('hex'),
      PUBLIC_URL: publicUrl,
      MIGRATE_ON_START: 'false',
      HOST: '127.0.0.1',
      ...Object.fromEntries(SERVICE_NAMES.map((name) => [`${name.toUpperCase()}_URL`, urlOf(name)])),
    };
    const processes = {};
    for (const name of DISTRIBUTED_PROCESSES) {
      // Behind the edge, a process takes the shopper's address from the edge's X-Forwarded-For (rate limits).
      const own = { ...common, SERVICES: name, PORT: String(ports[name]), ...(name === 'storefront' ? {} : { TRUST_PROXY: 'true' }) };
      delete own[`${name.toUpperCase()}_URL`];
      let current;
      processes[name] = {
        name,
        url: urlOf(name),
        async start() {
          current = runApi(null, own, { ready: /running at http/, echo });
          await current.started;
        },
        async kill(signal = 'SIGKILL') {
          if (current) await stopChild(current.child, signal);
        },
      };
      stops.push(() => processes[name].kill('SIGTERM'));
    }
    await Promise.all(Object.values(processes).map((process_) => process_.start()));
    return {
      url: publicUrl,
      edgeUrl: urlOf('storefront'),
      databaseUrl,
      processes,
      stop: () => stopAll(stops),
    };
  } catch (error) {
    await stopAll(stops);
    throw error;
  }
}

async function stopAll(stops) {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
}

function stopChild(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  child.kill(signal);
  return exited;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await step('Building the API and the storefront', nx, ['run-many', '-t', 'build', '-p', 'api', 'storefront', '--outputStyle=static']);
  process.stdout.write('\n▶ Starting every service in its own process\n');
  const shop = await startDistributed({ env: { ...process.env, PORT: process.env.PORT ?? '3000' }, echo: true });
  for (const [name, entry] of Object.entries(shop.processes)) process.stdout.write(`  ${name.padEnd(11)} ${entry.url}\n`);
  process.stdout.write(`\n  Emporium (every service in its own process) is running at ${shop.url}\n\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    shop.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
