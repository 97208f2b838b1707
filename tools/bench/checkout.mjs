// The checkout part of `npm run bench`: orders per second for `storefront.checkout.place` with carts made ready
// beforehand, all services in one process and split (storefront / the rest), and what one order costs.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { root } from '../scripts/run.mjs';

const ORDERS_PER_SHOPPER = Number(process.env.BENCH_CHECKOUT_ORDERS_PER_SHOPPER ?? 5);
// DATABASE_POOL_MAX, when set, goes to the API processes (their default is 10): to see what a larger pool buys.
const POOL = process.env.DATABASE_POOL_MAX ? { DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX } : {};
const SKUS = 1000;
const EXTRA_STOCK = 1_000_000;
const PREPARE_CONCURRENCY = 16;
const DESTINATION = { country: 'US', region: 'NY', postalCode: '10001' };
const ADDRESS = { firstName: 'Ada', lastName: 'Lovelace', line1: '12 Analytical Row', city: 'New York', region: 'NY', postalCode: '10001', countryCode: 'US' };
const GATEWAY_KEYS = { TEST_GATEWAY_SECRET_KEY: 'sk_test_bench', TEST_GATEWAY_PUBLISHABLE_KEY: 'pk_test_bench', TEST_GATEWAY_WEBHOOK_SECRET: 'whsec_bench' };
const REST = 'catalog,cart,inventory,order,payment,shipping,user,worker';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A shopper's browser as the API sees it: JSON over fetch, the shop's Origin, a cookie jar (one for every port). */
class Shopper {
  #cookies = new Map();
  constructor(route) {
    this.route = route;
  }

  async call(kind, path, input) {
    const base = this.route(path);
    const headers = { origin: base, cookie: [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
    const url = `${base}/trpc/${path}`;
    const response =
      kind === 'mutation'
        ? await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(input) })
        : await fetch(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.#cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    const body = await response.json();
    if (!body.result) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body.error?.message ?? body)}`);
    return body.result.data;
  }

  /** Fills the cart and reviews it as the checkout page would; answers the input of `place`. */
  async ready(variantId, n) {
    await this.call('mutation', 'cart.add', { variantId, quantity: 1 });
    const { options } = await this.call('query', 'storefront.checkout.options', { destination: DESTINATION });
    const shippingOptionId = options[0].id;
    const review = await this.call('query', 'storefront.checkout.review', { destination: DESTINATION, shippingOptionId });
    return { email: `bench+${n}@example.com`, shippingAddress: ADDRESS, shippingOptionId, reviewedTotal: review.totals.total, paymentMethod: 'tok_visa' };
  }
}

/**
 * Variants on sale with stock, each given plenty more (as an adjustment: level and ledger entry); answers their ids.
 * Run while the database is up (embedded, it stops with the API that started it).
 */
export async function stockCheckoutSkus(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query(`
    WITH picked AS (
      SELECT v.id, i.id AS item_id FROM catalog.variant v JOIN catalog.product p ON p.id = v.product_id
      JOIN catalog.price pr ON pr.variant_id = v.id AND pr.currency = 'USD' JOIN inventory.item i ON upper(i.sku) = upper(v.sku)
      WHERE v.status = 'active' AND p.status = 'active'
        AND (SELECT sum(l.on_hand - l.reserved) FROM inventory.stock_level l WHERE l.item_id = i.id) >= 10
      ORDER BY v.id DESC LIMIT ${SKUS}
    ),
    levels AS (
      UPDATE inventory.stock_level SET on_hand = on_hand + ${EXTRA_STOCK} WHERE item_id IN (SELECT item_id FROM picked) RETURNING item_id, location_id
    ),
    ledger AS (
      INSERT INTO inventory.movement (item_id, location_id, kind, on_hand_delta, reserved_delta, reason, actor)
      SELECT item_id, location_id, 'adjustment', ${EXTRA_STOCK}, 0, 'received', 'bench' FROM levels
    )
    SELECT id FROM picked ORDER BY id`);
  await db.end();
  return rows.map((row) => row.id);
}

/** The test gateway as its own process (as `npm start` runs it), posting its webhooks to the payment service. */
async function startGateway(freePort, webhookUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tools/test-gateway/src/main.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...GATEWAY_KEYS, TEST_GATEWAY_PORT: String(port), TEST_GATEWAY_WEBHOOK_URL: webhookUrl, TEST_GATEWAY_QUIET: '1' },
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('listening on') && resolve());
    child.once('exit', (code) => reject(new Error(`test gateway exited with ${code}`)));
  });
  child.stdout.resume();
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))) };
}

/** CPU seconds a process (and its waited-for children) used so far; 0 when it is not on this machine. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

/** PostgreSQL's CPU: the postmaster (with the backends it reaped) and every live backend, found from one of them. */
function postgresCpu(backendPid) {
  let postmaster;
  try {
    postmaster = Number(readFileSync(`/proc/${backendPid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  } catch {
    return undefined;
  }
  let total = cpuSeconds(postmaster);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === postmaster) total += cpuSeconds(entry);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** `trpc_procedure_duration_seconds` count and sum per procedure (every process, local and HTTP calls), from `/metrics`. */
async function scrape(urls) {
  const calls = new Map();
  for (const url of urls) {
    for (const line of (await (await fetch(`${url}/metrics`)).text()).split('\n')) {
      const match = /^trpc_procedure_duration_seconds_(count|sum)\{([^}]*)\} (\S+)$/.exec(line);
      if (!match) continue;
      const labels = Object.fromEntries([...match[2].matchAll(/(\w+)="([^"]*)"/g)].map((label) => [label[1], label[2]]));
      const key = `${labels.procedure} (${labels.transport})`;
      const entry = calls.get(key) ?? { count: 0, sum: 0 };
      entry[match[1]] += Number(match[3]);
      calls.set(key, entry);
    }
  }
  return calls;
}

/** Until the worker has handled every job that is due (a minute at most: a job failing over and over must not hang the bench). */
async function waitForQueues(db) {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(250)) {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND start_after <= now()`);
    if (rows[0].n === 0) return;
  }
}

async function prepare(shop, variantIds, shoppers, nextOrder, perShopper = ORDERS_PER_SHOPPER) {
  const carts = Array.from({ length: shoppers }, () => []);
  let next = 0;
  const total = shoppers * perShopper;
  await Promise.all(
    Array.from({ length: PREPARE_CONCURRENCY }, async () => {
      for (let n = next++; n < total; n = next++) {
        const shopper = new Shopper(shop.route);
        const order = nextOrder();
        carts[n % shoppers].push({ shopper, input: await shopper.ready(variantIds[order % variantIds.length], order) });
      }
    }),
  );
  return carts;
}

/** Every shopper places its ready carts one after another; only `place` is timed. */
async function placeAll(carts) {
  const latencies = [];
  let errors = 0;
  let firstError;
  const started = performance.now();
  await Promise.all(
    carts.map(async (queue) => {
      for (const cart of queue) {
        const sent = performance.now();
        try {
          const placed = await cart.shopper.call('mutation', 'storefront.checkout.place', cart.input);
          if (placed.status !== 'placed') throw new Error(`place answered ${placed.status}`);
          latencies.push(performance.now() - sent);
        } catch (error) {
          errors += 1;
          firstError ??= error;
        }
      }
    }),
  );
  if (firstError) process.stderr.write(`checkout bench: ${errors} failed, the first: ${firstError.message}\n`);
  return { seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b), errors };
}

const percentile = (sorted, p) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0);

/** One timed run against a started shop: ready carts, place them, and what the run cost per order. */
async function run(shop, db, title, shoppers, variantIds) {
  let order = shop.ordersSoFar;
  const carts = await prepare(shop, variantIds, shoppers, () => order++);
  shop.ordersSoFar = order;
  await waitForQueues(db);
  const { rows } = await db.query('SELECT pg_backend_pid() AS pid, (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()) AS commits');
  const before = { metrics: await scrape(shop.urls), cpu: shop.cpu(), pg: postgresCpu(rows[0].pid), commits: Number(rows[0].commits), bench: process.cpuUsage() };
  const placed = await placeAll(carts);
  const cpu = shop.cpu();
  const pgCpu = postgresCpu(rows[0].pid);
  const bench = process.cpuUsage(before.bench);
  // Jobs the orders set off (e-mails) run after the answer: let them finish before the next run.
  await waitForQueues(db);
  const after = await scrape(shop.urls);
  const { rows: commitRows } = await db.query('SELECT xact_commit AS commits FROM pg_stat_database WHERE datname = current_database()');
  const orders = placed.latencies.length;
  return {
    title,
    shoppers,
    ordersPerSecond: orders / placed.seconds,
    p50: percentile(placed.latencies, 50),
    p95: percentile(placed.latencies, 95),
    orders,
    errors: placed.errors,
    // The machine may be shared: the load at the end of each run says how much of it the run had.
    load: loadavg()[0],
    cost: {
      seconds: placed.seconds,
      apiCpuMs: ((cpu.api - before.cpu.api) * 1000) / orders,
      gatewayCpuMs: ((cpu.gateway - before.cpu.gateway) * 1000) / orders,
      pgCpuMs: pgCpu === undefined ? undefined : ((pgCpu - before.pg) * 1000) / orders,
      benchCpuMs: (bench.user + bench.system) / 1000 / orders,
      commits: (Number(commitRows[0].commits) - before.commits) / orders,
      calls: difference(before.metrics, after, orders),
    },
  };
}

function difference(before, after, orders) {
  const rows = [];
  for (const [key, value] of after) {
    const was = before.get(key);
    const count = value.count - (was?.count ?? 0);
    if (count <= 0) continue;
    rows.push({ key, perOrder: count / orders, ms: ((value.sum - (was?.sum ?? 0)) * 1000) / count });
  }
  return rows.sort((a, b) => b.perOrder - a.perOrder || a.key.localeCompare(b.key));
}

/** All services in one process (the worker too), the gateway beside it. */
async function oneProcess({ startApi, freePort, apiEnv, serviceToken }) {
  const port = await freePort();
  const gateway = await startGateway(freePort, `http://127.0.0.1:${port}/webhooks/payment/test-gateway`);
  const api = await startApi({ ...apiEnv, ...POOL, ...GATEWAY_KEYS, TEST_GATEWAY_URL: gateway.url, SERVICE_TOKEN: serviceToken, PORT: String(port) });
  return {
    urls: [api.url],
    route: () => api.url,
    cpu: () => ({ api: cpuSeconds(api.pid), gateway: cpuSeconds(gateway.pid) }),
    ordersSoFar: 0,
    stop: async () => (await api.stop(), await gateway.stop()),
  };
}

/** The checkout's storefront service in one process, every other service and the worker in another. */
async function splitProcesses({ startApi, freePort, apiEnv, databaseUrl, serviceToken }) {
  const port = await freePort();
  const gateway = await startGateway(freePort, `http://127.0.0.1:${port}/webhooks/payment/test-gateway`);
  const shared = { ...POOL, ...GATEWAY_KEYS, TEST_GATEWAY_URL: gateway.url, SERVICE_TOKEN: serviceToken };
  const storefrontPort = await freePort();
  const rest = await startApi({ ...apiEnv, ...shared, SERVICES: REST, STOREFRONT_URL: `http://127.0.0.1:${storefrontPort}`, PORT: String(port) });
  const urls = Object.fromEntries(['USER', 'CATALOG', 'CART', 'INVENTORY', 'ORDER', 'PAYMENT', 'SHIPPING'].map((name) => [`${name}_URL`, rest.url]));
  const storefront = await startApi({ DATABASE_URL: databaseUrl, ...shared, ...urls, SERVICES: 'storefront', PORT: String(storefrontPort) });
  return {
    urls: [storefront.url, rest.url],
    route: (path) => (path.startsWith('storefront.') ? storefront.url : rest.url),
    cpu: () => ({ api: cpuSeconds(storefront.pid) + cpuSeconds(rest.pid), gateway: cpuSeconds(gateway.pid) }),
    ordersSoFar: 0,
    stop: async () => (await storefront.stop(), await rest.stop(), await gateway.stop()),
  };
}

/** Runs `runs` against a started shop, with a database client of its own (embedded, the database lives with the shop). */
async function measure(shop, databaseUrl, runs) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const rows = [];
  try {
    // A fresh process compiles its code and opens its connections on its first orders: not part of any run.
    await placeAll(await prepare(shop, runs[0][2], 8, () => shop.ordersSoFar++, 2));
    for (const [title, shoppers, variantIds] of runs) rows.push(await run(shop, db, title, shoppers, variantIds));
  } finally {
    await db.end();
    await shop.stop();
  }
  return rows;
}

/**
 * The checkout runs, against a database that holds the catalog and no API using it: `startApi(env)` starts the built
 * binary, `apiEnv` points it at the database (embedded: owns it), `databaseUrl` reaches it while an API runs.
 */
export async function benchCheckout(options, variantIds) {
  const skus = `${variantIds.length.toLocaleString('en')} SKUs in turn`;
  const one = await measure(await oneProcess(options), options.databaseUrl, [
    [`one process, 8 shoppers, ${skus}`, 8, variantIds],
    [`one process, 32 shoppers, ${skus}`, 32, variantIds],
    ['one process, 32 shoppers, one hot SKU', 32, variantIds.slice(0, 1)],
  ]);
  const split = await measure(await splitProcesses(options), options.databaseUrl, [
    [`split (storefront / the rest), 8 shoppers, ${skus}`, 8, variantIds],
    [`split (storefront / the rest), 32 shoppers, ${skus}`, 32, variantIds],
  ]);
  return [...one, ...split];
}

const fixed = (value, digits = 1) => (value === undefined ? '–' : value.toFixed(digits));

/** The report's checkout tables: throughput per run, then what one order cost in the one-process run at 32 shoppers. */
export function checkoutReport(rows) {
  const profiled = rows.find((row) => row.title.startsWith('one process, 32')) ?? rows[0];
  const { cost } = profiled;
  return [
    `| checkout: \`storefront.checkout.place\` with a ready 1-line cart, paid with \`tok_visa\` (${ORDERS_PER_SHOPPER} orders per shopper${POOL.DATABASE_POOL_MAX ? `, pool of ${POOL.DATABASE_POOL_MAX} connections` : ''}) | orders/s | p50 ms | p95 ms | orders | errors | load avg | CPU ms per order: API / PostgreSQL / gateway / shoppers | commits per order |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((row) => `| ${row.title} | ${fixed(row.ordersPerSecond)} | ${row.p50} | ${row.p95} | ${row.orders} | ${row.errors} | ${fixed(row.load)} | ${fixed(row.cost.apiCpuMs)} / ${fixed(row.cost.pgCpuMs)} / ${fixed(row.cost.gatewayCpuMs)} / ${fixed(row.cost.benchCpuMs)} | ${fixed(row.cost.commits)} |`),
    '',
    `| one order (${profiled.title}): procedure (how it was called) | calls per order | mean ms |`,
    '|---|---:|---:|',
    ...cost.calls.map((call) => `| \`${call.key}\` | ${fixed(call.perOrder, 2)} | ${fixed(call.ms)} |`),
  ].join('\n');
}
