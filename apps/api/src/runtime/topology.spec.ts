import { inject } from 'vitest';
import { ConfigError, parseConfig } from '@emporium/platform-config';
import { allMigrationSets } from '@emporium/app-services';
import { createDatabase } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { startTestApi, type TestApi } from '../testing/test-api';
import { startApi } from './start-api';

describe('one binary, many topologies', () => {
  it('refuses to start a service whose dependency is neither mounted nor addressable, naming the variable', async () => {
    await expect(startApi(parseConfig({ SERVICES: 'storefront', PORT: '0' }))).rejects.toThrow(ConfigError);
    await expect(startApi(parseConfig({ SERVICES: 'storefront', PORT: '0' }))).rejects.toThrow(/CATALOG_URL/);
  });

  describe('catalog and storefront in two processes', () => {
    let shared: TestDatabase;
    let catalog: TestApi;
    let storefront: TestApi;
    const seenByCatalog: Array<{ authorization: string | null; cookie: string | null }> = [];

    beforeAll(async () => {
      shared = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
      catalog = await startTestApi(
        { SERVICES: 'catalog,worker' },
        {
          database: shared,
          resolveAuth: async (headers) => {
            seenByCatalog.push({ authorization: headers.get('authorization'), cookie: headers.get('cookie') });
            return { user: null, sessionId: null };
          },
        },
      );
      // A second pool on the same database, as a second Deployment would have.
      const second = createDatabase({ connectionString: shared.url, poolMax: 3 });
      storefront = await startTestApi(
        { SERVICES: 'storefront', CATALOG_URL: catalog.url },
        { database: { ...second, name: shared.name, url: shared.url, destroy: second.close } },
      );
    });
    afterAll(async () => {
      await storefront?.close();
      await catalog?.close();
    });

    it('mounts only the listed services', async () => {
      expect((await fetch(storefront.trpcUrl('catalog.products.list'))).status).toBe(404);
      expect((await fetch(catalog.trpcUrl('storefront.home'))).status).toBe(404);
    });

    it('makes the cross-service call over HTTP with the same types, propagating the request id', async () => {
      const response = await fetch(storefront.trpcUrl('storefront.home'), { headers: { 'x-request-id': 'cross-service-0001' } });
      expect(response.status).toBe(200);
      const { result } = (await response.json()) as { result: { data: { featured: Array<{ slug: string }> } } };
      expect(result.data.featured).toHaveLength(12);
      const served = catalog.logs.find((line) => line['requestId'] === 'cross-service-0001');
      expect(served).toMatchObject({ path: '/trpc/catalog.products.list', status: 200 });
    });

    it("forwards the caller's credentials so the callee authorises the same user", async () => {
      seenByCatalog.length = 0;
      const response = await fetch(storefront.trpcUrl('storefront.home'), { headers: { authorization: 'Bearer token-123', cookie: 'session=abc' } });
      expect(response.status).toBe(200);
      expect(seenByCatalog).toEqual([{ authorization: 'Bearer token-123', cookie: 'session=abc' }]);
    });
  });
});
