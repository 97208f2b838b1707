import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../testing/test-api';

describe('the API over HTTP', () => {
  let api: TestApi;
  let staticDir: string;

  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'emporium-spa-'));
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Emporium</title><div id="root"></div>');
    writeFileSync(join(staticDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    api = await startTestApi({}, { staticDir });
  });
  afterAll(async () => {
    await api.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('answers liveness and readiness', async () => {
    expect(await (await fetch(`${api.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('returns a request id, keeping a well-formed one from the caller', async () => {
    const given = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'trace-0123456789' } });
    expect(given.headers.get('x-request-id')).toBe('trace-0123456789');
    const hostile = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': '<script>alert(1)</script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('pages through the seeded catalog with a cursor, in title order, without repeats', async () => {
    const titles: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const response = await fetch(api.trpcUrl('catalog.products.list', { limit: 10, cursor }));
      expect(response.status).toBe(200);
      const { result } = (await response.json()) as { result: { data: { items: Array<{ title: string; price: { amount: number; currency: string } }>; nextCursor: string | null } } };
      titles.push(...result.data.items.map((item) => item.title));
      for (const item of result.data.items) expect(Number.isInteger(item.price.amount)).toBe(true);
      cursor = result.data.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(titles).toHaveLength(24);
    expect(new Set(titles).size).toBe(24);
    expect([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(titles);
  });

  it('answers bad input with field paths and no internals', async () => {
    const response = await fetch(api.trpcUrl('catalog.products.list', { limit: 1000, extra: true }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; data: { code: string; fieldErrors: Array<{ path: string; message: string }> } } };
    expect(body.error.data.code).toBe('BAD_REQUEST');
    expect(body.error.data.fieldErrors.map((fieldError) => fieldError.path)).toContain('limit');
    expect(JSON.stringify(body)).not.toMatch(/stack|at \w+ \(|node_modules|SELECT/);
  });

  it('refuses a forged cursor, naming the field', async () => {
    const response = await fetch(api.trpcUrl('catalog.products.list', { cursor: "'; DROP TABLE catalog.product; --" }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { data: { fieldErrors: Array<{ path: string }> } } };
    expect(body.error.data.fieldErrors.map((fieldError) => fieldError.path)).toEqual(['cursor']);
  });

  it('answers an unknown product with NOT_FOUND and a reason', async () => {
    const response = await fetch(api.trpcUrl('catalog.products.bySlug', { slug: 'no-such-thing' }));
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { data: { code: string; reason: string } } };
    expect(body.error.data).toMatchObject({ code: 'NOT_FOUND', reason: 'PRODUCT_NOT_FOUND' });
  });

  it('batches calls, but refuses a batch larger than the limit', async () => {
    const batch = (size: number) => {
      const paths = Array.from({ length: size }, () => 'catalog.products.bySlug').join(',');
      const input = Object.fromEntries(Array.from({ length: size }, (_, index) => [index, { slug: 'stoneware-mug' }]));
      return fetch(`${api.url}/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`);
    };
    const ok = await batch(25);
    expect(ok.status).toBe(200);
    expect((await ok.json()) as unknown[]).toHaveLength(25);
    expect((await batch(26)).status).toBe(400);
  });

  it('answers malformed JSON input with a 400, not a 500', async () => {
    const response = await fetch(`${api.url}/trpc/catalog.products.list?input=%7Bnot-json`);
    expect(response.status).toBe(400);
  });

  it('composes the home page through the storefront service', async () => {
    const response = await fetch(api.trpcUrl('storefront.home'));
    const { result } = (await response.json()) as { result: { data: { featured: Array<{ slug: string }> } } };
    expect(result.data.featured).toHaveLength(12);
  });

  it('exposes Prometheus metrics by procedure and outcome, pool and runtime', async () => {
    await fetch(api.trpcUrl('catalog.products.bySlug', { slug: 'classic-white-tee' }));
    const text = await (await fetch(`${api.url}/metrics`)).text();
    expect(text).toMatch(/trpc_procedure_duration_seconds_count\{[^}]*procedure="catalog\.products\.bySlug",type="query",outcome="ok",transport="http"\} [1-9]/);
    // storefront.home called the catalog in-process, which is counted as a local call.
    expect(text).toMatch(/trpc_procedure_duration_seconds_count\{[^}]*procedure="catalog\.products\.list",type="query",outcome="ok",transport="local"\} [1-9]/);
    expect(text).toContain('db_pool_connections_total');
    expect(text).toContain('nodejs_heap_size_used_bytes');
  });

  it('writes one JSON log line per request with its request id', async () => {
    await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'log-check-12345' } });
    expect(api.logs.some((line) => line['requestId'] === 'log-check-12345' && line['path'] === '/healthz' && line['status'] === 200)).toBe(true);
  });

  it('draws generated product images, cached for a year, and never with a script', async () => {
    const response = await fetch(`${api.url}/media/placeholder/top/210.svg?label=${encodeURIComponent('<script>alert(1)</script> Linen Shirt')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('image/svg+xml');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const svg = await response.text();
    expect(svg).toContain('<svg');
    expect(svg).not.toContain('<script>');
    expect((await fetch(`${api.url}/media/placeholder/top/not-a-hue.svg`)).status).toBe(404);
  });

  describe('serving the storefront', () => {
    it('serves index.html at / and for client-side routes', async () => {
      for (const path of ['/', '/products/classic-white-tee']) {
        const response = await fetch(`${api.url}${path}`);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('<div id="root">');
      }
    });

    it('caches hashed assets for a year and 404s missing ones', async () => {
      const asset = await fetch(`${api.url}/assets/index-abc123.js`);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await fetch(`${api.url}/assets/missing-000.js`)).status).toBe(404);
    });

    it('never answers an API path with the SPA', async () => {
      const response = await fetch(`${api.url}/trpc/catalog.nothing`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
    });
  });
});
