import { createTRPCClient } from '@trpc/client';
import type { AnyRouter } from '@trpc/server';
import { serviceBatchLink } from './service-batch-link';

/** A fetch that records the procedure paths of each request and answers every call with its own path. */
function recordingFetch(requests: string[][]) {
  return async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    const paths = decodeURIComponent(url.pathname.slice('/trpc/'.length)).split(',');
    requests.push(paths);
    return new Response(JSON.stringify(paths.map((path) => ({ result: { data: path } }))), { headers: { 'content-type': 'application/json' } });
  };
}

describe('serviceBatchLink', () => {
  it('sends calls made together in one request per service, each answered with its own result', async () => {
    const requests: string[][] = [];
    const client: unknown = createTRPCClient<AnyRouter>({ links: [serviceBatchLink({ url: 'http://shop.test/trpc', fetch: recordingFetch(requests) })] });
    // The untyped client is a proxy: walk `service.router.procedure` to the query.
    const call = (path: string) => (path.split('.').reduce((node: unknown, key) => (node as Record<string, unknown>)[key], client) as { query(): Promise<unknown> }).query();
    const results = await Promise.all([call('catalog.products.list'), call('cart.cart.get'), call('catalog.facets.list')]);
    expect(results).toEqual(['catalog.products.list', 'cart.cart.get', 'catalog.facets.list']);
    expect(requests.map((paths) => paths.join(',')).sort()).toEqual(['cart.cart.get', 'catalog.products.list,catalog.facets.list']);
  });
});
