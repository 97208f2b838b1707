import { z } from 'zod';
import { testContext } from '@emporium/platform-trpc/testing';
import { createCallerFactory, createServiceClients, publicProcedure, type RequestContext, router } from '@emporium/platform-trpc';
import { storefrontRouter } from './storefront.router';

/** A stand-in catalog with the public procedure the storefront calls; it records what it was asked. */
const asked: Array<{ limit: number }> = [];
const catalogStandIn = router({
  products: router({
    list: publicProcedure.input(z.object({ limit: z.number() })).query(({ input }) => {
      asked.push(input);
      return {
        items: Array.from({ length: input.limit }, (_, index) => ({
          id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
          slug: `product-${index}`,
          title: `Product ${index}`,
          price: { amount: 1000 + index, currency: 'USD' },
          image: null,
        })),
        nextCursor: null,
      };
    }),
  }),
});

describe('storefront home', () => {
  it('asks the catalog for the featured products and returns them', async () => {
    const processRouter = router({ catalog: catalogStandIn, storefront: storefrontRouter });
    const context: RequestContext = {
      ...testContext(),
      get services() {
        return createServiceClients(
          { local: { router: processRouter, services: ['catalog', 'storefront'] }, urls: {} },
          { context, headers: () => ({}), localContext: (caller): RequestContext => ({ ...caller, transport: 'local' }) },
        );
      },
    };
    const home = await createCallerFactory(storefrontRouter)(context).home();
    expect(asked).toEqual([{ limit: 12 }]);
    expect(home.featured).toHaveLength(12);
    expect(home.featured[0]).toMatchObject({ slug: 'product-0', price: { amount: 1000, currency: 'USD' } });
  });
});
