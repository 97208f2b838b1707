import { allMigrationSets } from '@emporium/app-services';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { inject } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process';

const SERVICE_TOKEN = 'topology-e2e-service-token-0123456789abcdef';

/** Where a storefront process finds every service it calls: here, all in one other process. */
const checkoutUrls = (url: string) => ({ CATALOG_URL: url, CART_URL: url, INVENTORY_URL: url, ORDER_URL: url, PAYMENT_URL: url, SHIPPING_URL: url });

describe('API processes with different SERVICES', () => {
  let database: TestDatabase;
  let users: ApiProcess;
  let catalog: ApiProcess;
  let storefront: ApiProcess;

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
    users = await startApiProcess({ SERVICES: 'user', SERVICE_TOKEN, DATABASE_URL: database.url });
    // The catalog's process also serves what the storefront's checkout calls (cart, inventory, order, payment, shipping).
    catalog = await startApiProcess({ SERVICES: 'catalog,cart,inventory,order,payment,shipping,worker', SERVICE_TOKEN, DATABASE_URL: database.url, USER_URL: users.url });
    storefront = await startApiProcess({ SERVICES: 'storefront', SERVICE_TOKEN, DATABASE_URL: database.url, ...checkoutUrls(catalog.url) });
  });
  afterAll(async () => {
    await storefront?.stop();
    await catalog?.stop();
    await users?.stop();
    await database?.destroy();
  });

  it('serves the storefront home by calling the catalog process over HTTP', async () => {
    const response = await fetch(`${storefront.url}/trpc/storefront.home`, { headers: { 'x-request-id': 'e2e-topology-0001' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('e2e-topology-0001');
    const { result } = (await response.json()) as { result: { data: { featured: Array<{ title: string; price: { amount: number } }> } } };
    expect(result.data.featured).toHaveLength(12);
    expect(result.data.featured[0]).toMatchObject({ title: expect.any(String), price: { amount: expect.any(Number) } });
  });

  it('mounts only what each process was told to, and passes on calls for the services it knows the address of', async () => {
    expect((await fetch(`${catalog.url}/trpc/storefront.home`)).status).toBe(404);
    expect((await fetch(`${users.url}/trpc/catalog.products.list`)).status).toBe(404);
    // The storefront mounts no catalog but has its URL: the call goes on to the catalog's process.
    expect((await fetch(`${storefront.url}/trpc/catalog.products.list`)).status).toBe(200);
  });

  it('authorises a staff call in the catalog process through the user process', async () => {
    const login = await fetch(`${users.url}/trpc/user.auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: users.url },
      body: JSON.stringify({ email: 'admin@example.com', password: 'emporium-admin-demo' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const input = encodeURIComponent(JSON.stringify({ pageSize: 1 }));
    expect((await fetch(`${catalog.url}/trpc/catalog.admin.products.list?input=${input}`, { headers: { cookie } })).status).toBe(200);
    expect((await fetch(`${catalog.url}/trpc/catalog.admin.products.list?input=${input}`)).status).toBe(401);
  });

  it('runs the worker as a process of its own, with health endpoints and no procedures', async () => {
    const worker = await startApiProcess({ SERVICES: 'worker', SERVICE_TOKEN, DATABASE_URL: database.url });
    try {
      expect((await fetch(`${worker.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${worker.url}/readyz`)).status).toBe(200);
      expect((await fetch(`${worker.url}/trpc/catalog.products.list`)).status).toBe(404);
    } finally {
      expect(await worker.stop()).toBe(0);
    }
  });

  it('reports the cross-service call in the catalog process metrics as an HTTP call', async () => {
    const metrics = await (await fetch(`${catalog.url}/metrics`)).text();
    expect(metrics).toMatch(/trpc_procedure_duration_seconds_count\{[^}]*procedure="catalog\.products\.list"[^}]*transport="http"\} [1-9]/);
  });

  it('answers 503 with a typed reason, not a hang or a 500, when the peer is down', async () => {
    await catalog.stop();
    const response = await fetch(`${storefront.url}/trpc/storefront.home`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { data: { code: string; reason: string } } };
    expect(body.error.data).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DEPENDENCY_UNAVAILABLE' });
  });

  it('stops gracefully on SIGTERM', async () => {
    expect(await storefront.stop()).toBe(0);
  });
});

describe('start-up configuration errors', () => {
  it('names the missing variable and exits non-zero', async () => {
    await expect(startApiProcess({ SERVICES: 'storefront', SERVICE_TOKEN, DATABASE_URL: 'postgres://127.0.0.1:1/none' }, { timeoutMs: 10_000 })).rejects.toThrow(/CATALOG_URL/);
    await expect(startApiProcess({ PORT: 'eighty' }, { timeoutMs: 10_000 })).rejects.toThrow(/PORT/);
  });
});
