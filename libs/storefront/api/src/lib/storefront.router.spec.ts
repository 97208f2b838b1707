import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { testContext } from '@emporium/platform-trpc/testing';
import { createCallerFactory, createServiceClients, formatError, publicProcedure, type RequestContext, router } from '@emporium/platform-trpc';
import { storefrontRouter } from './storefront.router';

/** A stand-in catalog with the public procedure the storefront calls; it records what it was asked. */
const asked: Array<{ limit: number; currency?: string }> = [];
const catalogStandIn = router({
  products: router({
    list: publicProcedure.input(z.object({ limit: z.number(), currency: z.string().optional() }).strict()).query(({ input }) => {
      asked.push(input);
      const currency = input.currency ?? 'USD';
      return {
        items: Array.from({ length: input.limit }, (_, index) => ({
          id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
          slug: `product-${index}`,
          title: `Product ${index}`,
          price: { amount: 1000 + index, currency },
          image: null,
        })),
        nextCursor: null,
      };
    }),
  }),
});

function homeCaller() {
  const processRouter = router({ catalog: catalogStandIn, storefront: storefrontRouter });
  const context: RequestContext = {
    ...testContext(),
    get services() {
      return createServiceClients(
        { local: { router: processRouter, services: ['catalog', 'storefront'] }, urls: {} },
        { context, headers: () => ({}), localContext: (caller): RequestContext => ({ ...caller, transport: 'local', fromService: true }) },
      );
    },
  };
  return createCallerFactory(storefrontRouter)(context);
}

/** The code and the field paths a client would see. */
async function failure(call: Promise<unknown>) {
  try {
    await call;
    return { code: 'OK', fields: [] as string[] };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const shape = formatError({ error, shape: { message: error.message, code: 0, data: { code: error.code, httpStatus: 400 } } });
    return { code: error.code, fields: (shape.data.fieldErrors ?? []).map((fieldError) => fieldError.path) };
  }
}

describe('storefront home', () => {
  beforeEach(() => {
    asked.length = 0;
  });

  it('asks the catalog for the featured products in US dollars when no currency is named, and returns them', async () => {
    const home = await homeCaller().home();
    expect(asked).toEqual([{ limit: 12, currency: 'USD' }]);
    expect(home.featured).toHaveLength(12);
    expect(home.featured[0]).toMatchObject({ slug: 'product-0', price: { amount: 1000, currency: 'USD' } });
  });

  it('passes the shopper’s currency on to the catalog', async () => {
    const home = await homeCaller().home({ currency: 'EUR' });
    expect(asked).toEqual([{ limit: 12, currency: 'EUR' }]);
    expect(home.featured[0]?.price).toEqual({ amount: 1000, currency: 'EUR' });
    await homeCaller().home({});
    expect(asked.at(-1)).toEqual({ limit: 12, currency: 'USD' });
  });

  it('refuses a currency that is not an upper-case ISO code, and unknown fields, without calling the catalog', async () => {
    for (const currency of ['eur', 'EURO', '', '€']) {
      expect(await failure(homeCaller().home({ currency }))).toEqual({ code: 'BAD_REQUEST', fields: ['currency'] });
    }
    expect((await failure(homeCaller().home({ currency: 'USD', limit: 50 } as { currency: string }))).code).toBe('BAD_REQUEST');
    expect(asked).toEqual([]);
  });
});
