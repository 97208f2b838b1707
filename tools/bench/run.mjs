#!/usr/bin/env node
// `npm run bench`: start-up time, idle memory, read throughput, reservation and cart throughput of the built API binary.
// Uses DATABASE_URL's server when set (a database `emporium_bench` is created there), else embedded PostgreSQL;
// either way filled by the API's first start with the generated demo catalog of 10,000 products.
// Then checkout throughput (tools/bench/checkout.mjs) on the same catalog. Prints a Markdown report;
// `npm run bench -- --write` also replaces the results section of docs/performance.md. `-- --only=checkout` runs the
// catalog load and the checkout part only (and with --write replaces only the checkout tables).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { nx, root, step } from '../scripts/run.mjs';
import { benchCheckout, checkoutReport, stockCheckoutSkus } from './checkout.mjs';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const CATALOG_SIZE = 10_000;
const COLD_SKUS = 1000;
const CARTS = 200;
const binary = join(root, 'dist/apps/api/main.js');
const checkoutOnly = process.argv.includes('--only=checkout');

const freePort = () =>
  new Promise((resolve) => {
    import('node:net').then(({ createServer }) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address();
        server.close(() => resolve(port));
      });
    });
  });

/** Starts the binary; resolves when it prints its URL, with the time that took. */
async function startApi(env) {
  const port = env.PORT ?? (await freePort());
  const started = performance.now();
  const child = spawn(process.execPath, [binary], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', LOG_LEVEL: 'info', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('running at')) {
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`API exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    startupMs: Math.round(performance.now() - started),
    pid: child.pid,
    stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))),
  };
}

const rssMb = (pid) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const trpc = (path, input) => (input === undefined ? `/trpc/${path}` : `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);

async function load(title, url, requests, connections = CONNECTIONS) {
  const result = await autocannon({ url, connections, duration: DURATION_S, requests });
  const errors = result.errors + result.timeouts + result.non2xx;
  return { title, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors };
}

// --skipSync: another project's tsconfig references being out of date must not stop a measurement of these two.
await step('Building the API', nx, ['run-many', '-t', 'build', '-p', 'api', 'storefront', '--outputStyle=static', '--skipSync']);

// 1. Start-up with the embedded database: first run (initdb) and restarts on existing data.
// 0755: as root, PostgreSQL runs as its own OS user, which must be able to enter the folder.
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'emporium-bench-pg-'));
  chmodSync(dir, 0o755);
  return dir;
};
const startup = checkoutOnly ? undefined : await benchStartup();
async function benchStartup() {
  const dataDir = tempDir();
  const embeddedEnv = { EMBEDDED_PG_DIR: join(dataDir, 'pg'), EMBEDDED_PG_PORT: String(await freePort()) };
  const first = await startApi(embeddedEnv);
  await first.stop();
  const restarts = [];
  let idleRss = 0;
  for (let run = 0; run < 3; run++) {
    const api = await startApi(embeddedEnv);
    restarts.push(api.startupMs);
    if (run === 2) {
      await sleep(5000);
      idleRss = rssMb(api.pid);
    }
    await api.stop();
  }
  rmSync(dataDir, { recursive: true, force: true });
  return { first, restarts, idleRss };
}

// 2. Throughput on a 10,000-product catalog.
let databaseUrl = process.env.DATABASE_URL;
let benchDataDir;
let apiEnv;
if (databaseUrl) {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS emporium_bench WITH (FORCE)');
  await admin.query('CREATE DATABASE emporium_bench');
  await admin.end();
  const url = new URL(databaseUrl);
  url.pathname = '/emporium_bench';
  databaseUrl = url.toString();
  apiEnv = { DATABASE_URL: databaseUrl };
} else {
  // The embedded server's credentials are fixed (libs/platform/db embedded-postgres.ts); only its port varies.
  benchDataDir = tempDir();
  const port = await freePort();
  databaseUrl = `postgres://postgres:emporium-local@127.0.0.1:${port}/emporium`;
  apiEnv = { EMBEDDED_PG_DIR: join(benchDataDir, 'pg'), EMBEDDED_PG_PORT: String(port) };
}
// The catalog: the deterministic generator's 10,000 products, loaded by the API's own first-start seed.
const loadStarted = performance.now();
// The service token lets the bench call the inventory's internal procedures as the checkout would.
const SERVICE_TOKEN = 'bench-service-token-0123456789abcdef0123456789';
const api = await startApi({ ...apiEnv, DEMO_CATALOG: 'generated', DEMO_CATALOG_SIZE: String(CATALOG_SIZE), SERVICE_TOKEN });
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
// The first start's seeds publish follow-up work (the inventory stocks the catalog's SKUs, the catalog keeps their
// in-stock flags): measure once the worker has handled every event, not while it is busy.
for (;;) {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name LIKE '%.on.%' AND state IN ('created', 'retry', 'active')`);
  if (rows[0].n === 0) break;
  await sleep(500);
}
const loadSeconds = ((performance.now() - loadStarted) / 1000).toFixed(1);
const { rows: slugRows } = await db.query("SELECT slug FROM catalog.product WHERE status = 'active' ORDER BY slug");
const { rows: categoryRows } = await db.query('SELECT slug FROM catalog.category WHERE parent_id IS NULL ORDER BY position LIMIT 1');
const { rows: variantCount } = await db.query('SELECT count(*)::int AS n FROM catalog.variant');
const { rows: allCategoryRows } = await db.query('SELECT slug FROM catalog.category ORDER BY slug');
await db.end();
const shopping = checkoutOnly ? undefined : await benchShopping();
async function benchShopping() {
  // Other work on the machine skews every figure: the report states the load around the throughput runs.
  const loadBefore = loadavg()[0];
  const results = await benchReads();
  const reservations = await benchReservations();
  const cartOps = await benchCarts();
  return { results, reservations, cartOps, loadBefore, loadAfter: loadavg()[0] };
}

async function benchReads() {
  const slugs = slugRows.map((row) => row.slug);
  const topCategory = categoryRows[0]?.slug;
  const prefixes = ['li', 'lin', 'line', 'linen', 'sh', 'shi', 'shir', 'wo', 'woo', 'wool', 'ca', 'cas', 'cash', 'le', 'lea', 'leat'];
  const firstPage = await (await fetch(`${api.url}${trpc('catalog.products.search', { category: topCategory, limit: 24 })}`)).json();
  const secondPageCursor = firstPage.result.data.nextCursor;
  let next = 0;
  let nextPrefix = 0;
  // The process caches shopper reads for a few seconds; these requests vary enough that hardly any repeats within that
  // time (thousands of distinct keys, each seen again only after more than ten seconds), so they measure the work behind
  // a cache miss. (Product pages above are one of 9,779 in turn: not cached either.)
  const words = ['linen', 'wool', 'leather', 'cotton', 'shirt', 'boots', 'bag', 'scarf', 'denim', 'cashmere'];
  const sorts = ['relevance', 'price-asc', 'price-desc', 'newest'];
  const allCategories = allCategoryRows.map((row) => row.slug);
  let nextCold = 0;
  const cold = (path, input) => [{ setupRequest: (request) => ({ ...request, path: trpc(path, input(nextCold++)) }) }];
  return [
    await load('liveness (`/healthz`, no database)', `${api.url}/healthz`),
    await load(`category listing, page 1 of 24 with facets (\`${topCategory}\`)`, `${api.url}${trpc('catalog.products.search', { category: topCategory, limit: 24 })}`),
    await load('category listing, page 2 (no facets)', `${api.url}${trpc('catalog.products.search', { category: topCategory, limit: 24, cursor: secondPageCursor })}`),
    await load('search "linen" with facets', `${api.url}${trpc('catalog.products.search', { q: 'linen', limit: 24 })}`),
    await load(`product by slug (random of ${slugs.length.toLocaleString('en')})`, api.url, [
      { setupRequest: (request) => ({ ...request, path: trpc('catalog.products.bySlug', { slug: slugs[next++ % slugs.length] }) }) },
    ]),
    await load('autocomplete, 16 clients (rotating prefixes)', api.url, [
      { setupRequest: (request) => ({ ...request, path: trpc('catalog.products.autocomplete', { q: prefixes[nextPrefix++ % prefixes.length] }) }) },
    ], 16),
    await load('storefront home (BFF → catalog in-process)', `${api.url}${trpc('storefront.home', undefined)}`),
    await load(`category listing, page 1 with facets, not cached (${allCategories.length} categories × page sizes × sorts)`, api.url, cold('catalog.products.search', (n) => ({
      category: allCategories[n % allCategories.length], limit: 1 + (Math.floor(n / allCategories.length) % 100), sort: sorts[1 + (Math.floor(n / allCategories.length / 100) % 3)],
    }))),
    await load(`search with facets, not cached (${words.length} words × page sizes × sorts)`, api.url, cold('catalog.products.search', (n) => ({
      q: words[n % words.length], limit: 1 + (Math.floor(n / words.length) % 100), sort: sorts[Math.floor(n / words.length / 100) % sorts.length],
    }))),
  ];
}

// 3. Reservations: reserve + release pairs (the checkout's hold and its undo) through HTTP, as another service calls them.
// One hot SKU makes every pair queue on the same row lock; 1,000 cold SKUs measure the path without contention.
async function benchReservations() {
  {
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    // Bench items with plenty on hand, written the way an adjustment is (item, level and its ledger entry).
    await db.query(`
      WITH location AS (SELECT id FROM inventory.location WHERE active ORDER BY priority LIMIT 1),
      items AS (
        INSERT INTO inventory.item (sku) SELECT 'BENCH-HOT' UNION ALL SELECT 'BENCH-COLD-' || n FROM generate_series(1, ${COLD_SKUS}) n
        RETURNING id
      ),
      levels AS (INSERT INTO inventory.stock_level (item_id, location_id, on_hand) SELECT items.id, location.id, 1000000 FROM items, location RETURNING item_id, location_id)
      INSERT INTO inventory.movement (item_id, location_id, kind, on_hand_delta, reserved_delta, reason, actor)
      SELECT item_id, location_id, 'adjustment', 1000000, 0, 'received', 'bench' FROM levels`);
    await db.end();
  }
  const serviceHeaders = { 'content-type': 'application/json', 'x-emporium-service-token': SERVICE_TOKEN };
  let nextPair = 0;
  async function reservationPairs(title, skuFor) {
    const result = await autocannon({
      url: api.url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        {
          method: 'POST',
          path: '/trpc/inventory.reserve',
          headers: serviceHeaders,
          setupRequest: (request) => {
            const pair = nextPair++;
            return { ...request, body: JSON.stringify({ idempotencyKey: `bench-pair-${pair}`, lines: [{ sku: skuFor(pair), quantity: 1 }] }) };
          },
          onResponse: (status, body, context) => {
            context.reservationId = status === 200 ? JSON.parse(body).result.data.reservation.id : undefined;
          },
        },
        {
          method: 'POST',
          path: '/trpc/inventory.release',
          headers: serviceHeaders,
          setupRequest: (request, context) => ({ ...request, body: JSON.stringify({ reservationId: context.reservationId ?? '00000000-0000-0000-0000-000000000000' }) }),
        },
      ],
    });
    const errors = result.errors + result.timeouts + result.non2xx;
    return { title, rps: Math.round(result.requests.average / 2), p50: result.latency.p50, p99: result.latency.p99, errors };
  }
  return [
    await reservationPairs('one hot SKU (every pair waits for the same row lock)', () => 'BENCH-HOT'),
    await reservationPairs(`${COLD_SKUS.toLocaleString('en')} cold SKUs in turn`, (pair) => `BENCH-COLD-${1 + (pair % COLD_SKUS)}`),
  ];
}

// 4. Carts: 200 guest carts of three lines (variants with stock to spare) and a 10 % coupon, read (the cart page: catalog facts, stock, promotions,
// tax and pricing on every read) and changed (a quantity set under the cart's lock, then the whole cart re-priced).
async function benchCarts() {
  const carts = [];
  {
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const { rows } = await db.query(`
      SELECT v.id FROM catalog.variant v JOIN catalog.product p ON p.id = v.product_id JOIN catalog.price pr ON pr.variant_id = v.id AND pr.currency = 'USD'
      JOIN inventory.item i ON upper(i.sku) = upper(v.sku)
      WHERE v.status = 'active' AND p.status = 'active'
        AND (SELECT sum(l.on_hand - l.reserved) FROM inventory.stock_level l WHERE l.item_id = i.id) >= 10
      ORDER BY v.id LIMIT ${CARTS * 3}`);
    await db.end();
    const origin = new URL(api.url).origin;
    for (let n = 0; n < CARTS; n += 1) {
      let cookie = '';
      const call = async (path, input) => {
        const response = await fetch(`${api.url}/trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin, cookie }, body: JSON.stringify(input) });
        cookie = response.headers.getSetCookie().map((line) => line.split(';')[0]).find((pair) => pair.startsWith('emporium_cart=')) ?? cookie;
        await response.arrayBuffer();
      };
      for (const line of rows.slice(n * 3, n * 3 + 3)) await call('cart.add', { variantId: line.id, quantity: 1 });
      await call('cart.applyCoupon', { code: 'WELCOME10' });
      carts.push({ cookie, variantId: rows[n * 3].id });
    }
  }
  let nextCart = 0;
  return [
    await load(`cart page (\`cart.get\`: 3 lines and a coupon, ${CARTS} carts in turn)`, api.url, [
      { setupRequest: (request) => ({ ...request, path: trpc('cart.get', undefined), headers: { ...request.headers, cookie: carts[nextCart++ % CARTS].cookie } }) },
    ]),
    await load(`quantity change (\`cart.setQuantity\`, re-priced answer, ${CARTS} carts in turn)`, api.url, [
      {
        method: 'POST',
        path: '/trpc/cart.setQuantity',
        setupRequest: (request) => {
          const n = nextCart++;
          const cart = carts[n % CARTS];
          return {
            ...request,
            headers: { ...request.headers, 'content-type': 'application/json', origin: new URL(api.url).origin, cookie: cart.cookie },
            body: JSON.stringify({ variantId: cart.variantId, quantity: 1 + (Math.floor(n / CARTS) % 3) }),
          };
        },
      },
    ]),
  ];
}
const loadedRss = rssMb(api.pid);
const checkoutVariants = await stockCheckoutSkus(databaseUrl);
await api.stop();

// 5. Checkout: whole orders, on the same database (see checkout.mjs).
const checkoutLoadBefore = loadavg()[0];
const checkout = await benchCheckout({ startApi, freePort, apiEnv, databaseUrl, serviceToken: SERVICE_TOKEN }, checkoutVariants);
const checkoutLoadAfter = loadavg()[0];
if (benchDataDir) rmSync(benchDataDir, { recursive: true, force: true });

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const database = benchDataDir ? 'embedded PostgreSQL' : 'PostgreSQL at DATABASE_URL';
const checkoutSection = [
  '<!-- bench:checkout:start -->',
  `Checkout measured ${new Date().toISOString().slice(0, 10)} on ${machine}; ${database}; the test gateway as its own process; ` +
    `the shoppers (load generator) in the bench process, on the same cores; 1-minute load average ${checkoutLoadBefore.toFixed(1)} before the checkout runs, ` +
    `${checkoutLoadAfter.toFixed(1)} after.`,
  '',
  checkoutReport(checkout),
  '<!-- bench:checkout:end -->',
].join('\n');
const shoppingReport = () =>
  [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; ` +
      `load generator (autocannon, ${CONNECTIONS} connections, ${DURATION_S} s each) on the same cores; ` +
      `database: ${database}; catalog: the generated demo, ${CATALOG_SIZE.toLocaleString('en')} products and ` +
      `${variantCount[0].n.toLocaleString('en')} variants (seed 42), loaded and stocked by the first start and its events in ${loadSeconds} s; ` +
      `1-minute load average (the bench's own work included) ${shopping.loadBefore.toFixed(1)} before the throughput runs, ${shopping.loadAfter.toFixed(1)} after.`,
    '',
    '| start-up and memory | value |',
    '|---|---|',
    `| first start, embedded PostgreSQL (initdb, migrate, seed) | ${startup.first.startupMs} ms |`,
    `| restart on existing data (median of 3) | ${median(startup.restarts)} ms |`,
    `| API process RSS, idle 5 s after start | ${startup.idleRss} MB |`,
    `| API process RSS after the load below | ${loadedRss} MB |`,
    '',
    '| read | requests/s | p50 ms | p99 ms | errors |',
    '|---|---:|---:|---:|---:|',
    ...shopping.results.map((row) => `| ${row.title} | ${row.rps.toLocaleString('en')} | ${row.p50} | ${row.p99} | ${row.errors} |`),
    '',
    `| reserve + release over HTTP, ${CONNECTIONS} clients | pairs/s | p50 ms (per request) | p99 ms | errors |`,
    '|---|---:|---:|---:|---:|',
    ...shopping.reservations.map((row) => `| ${row.title} | ${row.rps.toLocaleString('en')} | ${row.p50} | ${row.p99} | ${row.errors} |`),
    '',
    '| cart | requests/s | p50 ms | p99 ms | errors |',
    '|---|---:|---:|---:|---:|',
    ...shopping.cartOps.map((row) => `| ${row.title} | ${row.rps.toLocaleString('en')} | ${row.p50} | ${row.p99} | ${row.errors} |`),
  ].join('\n');
const report = checkoutOnly ? checkoutSection : `${shoppingReport()}\n\n${checkoutSection}`;
process.stdout.write(`\n${report}\n`);

if (process.argv.includes('--write')) {
  const path = join(root, 'docs/performance.md');
  const doc = readFileSync(path, 'utf8');
  const updated = checkoutOnly
    ? doc.replace(/<!-- bench:checkout:start -->[\s\S]*<!-- bench:checkout:end -->/, report)
    : doc.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${report}\n<!-- bench:end -->`);
  writeFileSync(path, updated);
  process.stdout.write(`\nwrote ${path}\n`);
}
