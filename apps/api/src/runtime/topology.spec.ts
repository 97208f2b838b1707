import { inject } from 'vitest';
import { ConfigError, parseConfig } from '@emporium/platform-config';
import { allMigrationSets } from '@emporium/app-services';
import { demoId } from '@emporium/catalog-data-access';
import { createDatabase } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { BrowserClient } from '../testing/browser-client';
import { startTestApi, type TestApi } from '../testing/test-api';
import { startApi } from './start-api';

const SERVICE_TOKEN = 'topology-spec-service-token-0123456789abcdef';

/** Where a storefront process finds every service it calls: here, all in one other process. */
const checkoutUrls = (url: string) => ({ CATALOG_URL: url, CART_URL: url, INVENTORY_URL: url, ORDER_URL: url, PAYMENT_URL: url, SHIPPING_URL: url });

describe('one binary, many topologies', () => {
  it('refuses to start a service whose dependency is neither mounted nor addressable, naming the variable', async () => {
    await expect(startApi(parseConfig({ SERVICES: 'storefront', SERVICE_TOKEN, PORT: '0' }))).rejects.toThrow(ConfigError);
    await expect(startApi(parseConfig({ SERVICES: 'storefront', SERVICE_TOKEN, PORT: '0' }))).rejects.toThrow(/CATALOG_URL/);
  });

  it('refuses to split services across processes that share no service token', async () => {
    await expect(startApi(parseConfig({ SERVICES: 'user', PORT: '0' }))).rejects.toThrow(/SERVICE_TOKEN: required/);
  });

  describe('user, catalog and storefront in three processes', () => {
    let shared: TestDatabase;
    let users: TestApi;
    let catalog: TestApi;
    let storefront: TestApi;
    const secondPool = (database: TestDatabase) => {
      // A pool of its own on the same database, as a separate Deployment would have.
      const handle = createDatabase({ connectionString: database.url, poolMax: 3 });
      return { ...handle, name: database.name, url: database.url, destroy: handle.close };
    };

    beforeAll(async () => {
      shared = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
      users = await startTestApi({ SERVICES: 'user', SERVICE_TOKEN }, { database: secondPool(shared) });
      // The catalog's process also serves what the storefront's checkout calls (cart, inventory, order, payment, shipping).
      catalog = await startTestApi({ SERVICES: 'catalog,cart,inventory,order,payment,shipping,worker', SERVICE_TOKEN, USER_URL: users.url }, { database: shared });
      storefront = await startTestApi({ SERVICES: 'storefront', SERVICE_TOKEN, ...checkoutUrls(catalog.url) }, { database: secondPool(shared) });
    });
    afterAll(async () => {
      await storefront?.close();
      await catalog?.close();
      await users?.close();
    });

    it('answers only for the services it mounts or knows the address of', async () => {
      expect((await fetch(catalog.trpcUrl('storefront.home'))).status).toBe(404);
      expect((await fetch(users.trpcUrl('catalog.products.list'))).status).toBe(404);
    });

    it('passes a call for a service of another process on to it, unchanged, and hands back its answer', async () => {
      const response = await fetch(storefront.trpcUrl('catalog.products.list', { limit: 2 }), { headers: { 'x-request-id': 'forwarded-call-0001' } });
      expect(response.status).toBe(200);
      const { result } = (await response.json()) as { result: { data: { items: unknown[] } } };
      expect(result.data.items).toHaveLength(2);
      expect(catalog.logs.find((line) => line['requestId'] === 'forwarded-call-0001')).toMatchObject({ path: '/trpc/catalog.products.list', status: 200 });
    });

    it('lends no trust when passing a call on: a service token the client sent is dropped', async () => {
      const post = (base: string) =>
        fetch(`${base}/trpc/inventory.release`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-emporium-service-token': SERVICE_TOKEN }, body: '{}' });
      // Straight to the owning process the token is honoured (the empty input is then refused) …
      expect((await post(catalog.url)).status).toBe(400);
      // … through the edge the internal procedure is never reached.
      const forwarded = await post(storefront.url);
      expect(forwarded.status).toBe(403);
      // A mutation from another site is refused at the edge as anywhere else.
      const foreign = await fetch(`${storefront.url}/trpc/user.auth.login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: '{}' });
      expect(foreign.status).toBe(403);
    });

    it('refuses, as a typed error per call, a batch that mixes services of different processes', async () => {
      const response = await fetch(`${storefront.url}/trpc/catalog.products.list,storefront.home?batch=1&input=${encodeURIComponent('{}')}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as Array<{ error: { data: { code: string } } }>;
      expect(body.map((entry) => entry.error.data.code)).toEqual(['BAD_REQUEST', 'BAD_REQUEST']);
      // Read as tRPC reads the path: an encoded comma separates calls too.
      expect((await fetch(`${storefront.url}/trpc/catalog.products.list%2Cstorefront.home?batch=1&input=${encodeURIComponent('{}')}`)).status).toBe(400);
    });

    it('makes the cross-service call over HTTP with the same types, propagating the request id', async () => {
      const response = await fetch(storefront.trpcUrl('storefront.home'), { headers: { 'x-request-id': 'cross-service-0001' } });
      expect(response.status).toBe(200);
      const { result } = (await response.json()) as { result: { data: { featured: Array<{ slug: string }> } } };
      expect(result.data.featured).toHaveLength(12);
      const served = catalog.logs.find((line) => line['requestId'] === 'cross-service-0001');
      expect(served).toMatchObject({ path: '/trpc/catalog.products.list', status: 200 });
    });

    it("authorises a staff call in the catalog process by asking the user process about the caller's cookie", async () => {
      const staff = new BrowserClient(users.url);
      await staff.ok(staff.mutate('user.auth.login', { email: 'admin@example.com', password: 'emporium-admin-demo' }));
      const shopper = new BrowserClient(users.url);
      await shopper.ok(shopper.mutate('user.auth.login', { email: 'shopper@example.com', password: 'emporium-shopper-demo' }));

      const asStaff = new BrowserClient(catalog.url);
      for (const [name, value] of staff.cookies) asStaff.cookies.set(name, value);
      const asShopper = new BrowserClient(catalog.url);
      for (const [name, value] of shopper.cookies) asShopper.cookies.set(name, value);

      const listed = await asStaff.query<{ total: number }>('catalog.admin.products.list', { pageSize: 5 });
      expect(listed.ok && listed.data.total).toBeGreaterThan(0);
      const refused = await asShopper.query('catalog.admin.products.list', { pageSize: 5 });
      expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
      const anonymous = await new BrowserClient(catalog.url).query('catalog.admin.products.list', { pageSize: 5 });
      expect(anonymous.ok ? null : anonymous.error.code).toBe('UNAUTHORIZED');
      expect(users.logs.some((line) => line['path'] === '/trpc/user.session.current' && line['status'] === 200)).toBe(true);
    });

    it('serves a public read that carries no cookie without asking the user process', async () => {
      const before = users.logs.length;
      expect((await fetch(catalog.trpcUrl('catalog.products.list'))).status).toBe(200);
      expect(users.logs.length).toBe(before);
    });
  });

  describe('the cart in a process of its own, calling the catalog, the inventory and the user processes', () => {
    let shared: TestDatabase;
    const processes: TestApi[] = [];
    let users: TestApi;
    let cart: TestApi;

    beforeAll(async () => {
      shared = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
      const pool = () => {
        const handle = createDatabase({ connectionString: shared.url, poolMax: 3 });
        return { ...handle, name: shared.name, url: shared.url, destroy: handle.close };
      };
      users = await startTestApi({ SERVICES: 'user', SERVICE_TOKEN }, { database: pool() });
      const inventory = await startTestApi({ SERVICES: 'inventory,worker', SERVICE_TOKEN, USER_URL: users.url }, { database: pool() });
      const catalog = await startTestApi({ SERVICES: 'catalog', SERVICE_TOKEN, USER_URL: users.url }, { database: pool() });
      cart = await startTestApi(
        { SERVICES: 'cart', SERVICE_TOKEN, USER_URL: users.url, CATALOG_URL: catalog.url, INVENTORY_URL: inventory.url },
        { database: pool() },
      );
      processes.push(cart, catalog, inventory, users);
    });
    afterAll(async () => {
      // Every process has a pool of its own; the database goes only once all of them (the worker too) have stopped.
      for (const process of processes) await process.close();
      await shared?.destroy();
    });

    it('prices a guest cart from the catalog process and merges it into the account the user process signs in', async () => {
      const guest = new BrowserClient(cart.url);
      const added = await guest.ok(guest.mutate<{ lines: Array<{ sku: string; unitPrice: { amount: number } }> }>('cart.add', { variantId: demoId('CLASSIC-WHITE-TEE-M'), quantity: 2 }));
      expect(added.lines.map((line) => [line.sku, line.unitPrice.amount])).toEqual([['CLASSIC-WHITE-TEE-M', 1900]]);

      const session = new BrowserClient(users.url);
      await session.ok(session.mutate('user.auth.login', { email: 'shopper@example.com', password: 'emporium-shopper-demo' }));
      for (const [name, value] of session.cookies) guest.cookies.set(name, value);
      const merged = await guest.ok(guest.query<{ id: string; itemCount: number; notices: Array<{ type: string }> }>('cart.get'));
      expect(merged.itemCount).toBe(2);
      expect(merged.notices.map((notice) => notice.type)).toContain('merged');
      expect(guest.cookies.has('emporium_cart')).toBe(false);
      await guest.ok(guest.mutate('cart.clear'));
    });

    it("keeps the catalog's variant lookup from browsers: it answers only calls carrying the service token", async () => {
      const browser = new BrowserClient(processes[1]!.url);
      const lookup = await browser.query('catalog.variants.lookup', { variantIds: [demoId('CLASSIC-WHITE-TEE-M')], currency: 'USD' });
      expect(lookup.ok ? 'answered' : lookup.error.code).toBe('FORBIDDEN');
    });
  });
});
