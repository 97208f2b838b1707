import { isUntracedPath, trpcProcedures, trpcSpanNaming } from './span-names';

describe('span names of tRPC calls', () => {
  it('names a call after its procedure, with the rpc attributes', () => {
    expect(trpcSpanNaming('post', '/trpc/storefront.checkout.place')).toEqual({
      name: 'POST /trpc/storefront.checkout.place',
      attributes: { 'rpc.system': 'trpc', 'rpc.method': 'storefront.checkout.place', 'http.route': '/trpc/{procedures}' },
    });
  });

  it('names a batch after its first five procedures and counts the rest; the attribute lists them all', () => {
    const paths = ['a.one', 'a.two', 'a.three', 'a.four', 'a.five', 'a.six', 'a.seven'];
    const naming = trpcSpanNaming('GET', `/trpc/${paths.join(',')}?batch=1&input=%7B%7D`);
    expect(naming?.name).toBe('GET /trpc/a.one,a.two,a.three,a.four,a.five+2');
    expect(naming?.attributes['rpc.method']).toBe(paths.join(','));
  });

  it('reads an encoded batch separator', () => {
    expect(trpcProcedures('/trpc/cart.get%2Ccatalog.products.list?batch=1')).toEqual(['cart.get', 'catalog.products.list']);
  });

  it('leaves other requests, and paths that are not procedure names, to the method-only name', () => {
    expect(trpcSpanNaming('GET', '/assets/index.js')).toBeUndefined();
    expect(trpcSpanNaming('GET', '/trpc/')).toBeUndefined();
    expect(trpcSpanNaming('GET', '/trpc/../../etc/passwd')).toBeUndefined();
    expect(trpcSpanNaming('GET', '/trpc/%E0%A4%A')).toBeUndefined();
    expect(trpcSpanNaming('GET', `/trpc/${'x'.repeat(20)}<script>`)).toBeUndefined();
  });

  it('does not trace probes and scrapes', () => {
    expect(isUntracedPath('/healthz')).toBe(true);
    expect(isUntracedPath('/readyz?verbose')).toBe(true);
    expect(isUntracedPath('/metrics')).toBe(true);
    expect(isUntracedPath('/trpc/storefront.home')).toBe(false);
    expect(isUntracedPath(undefined)).toBe(false);
  });
});
