import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { z } from 'zod';
import { domainError } from './errors';
import { handleLeanTrpcRequest, isLeanTrpcRequest } from './lean-http-handler';
import { MAX_BATCH_SIZE } from './service-client';
import { publicProcedure, router } from './trpc';
import { testContext } from '../testing';

const testRouter = router({
  shop: router({
    greet: publicProcedure.input(z.object({ name: z.string().min(1) }).optional()).query(({ input }) => ({ hello: input?.name ?? 'world' })),
    add: publicProcedure.input(z.object({ a: z.number().int(), b: z.number().int() })).mutation(({ input }) => input.a + input.b),
    soldOut: publicProcedure.query(() => {
      throw domainError('CONFLICT', 'OUT_OF_STOCK', 'Sold out', { sku: 'X' });
    }),
    broken: publicProcedure.query(() => {
      throw new Error('SELECT secret FROM somewhere');
    }),
  }),
});
type TestRouter = typeof testRouter;

const context = () => testContext();

/** One server, two handlers: `/official/trpc/*` is tRPC's own fetch adapter, `/lean/trpc/*` ours. */
function startServer(): Promise<Server> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers = new Headers(Object.entries(req.headers).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : [])) as [string, string][]);
    let status: number;
    let text: string;
    if (url.pathname.startsWith('/official/trpc/')) {
      const response = await fetchRequestHandler({
        endpoint: '/official/trpc',
        req: new Request(url, { method: req.method, headers, body: req.method === 'GET' ? undefined : body }),
        router: testRouter,
        createContext: async () => context(),
        maxBatchSize: MAX_BATCH_SIZE,
      });
      status = response.status;
      text = await response.text();
    } else {
      const method = req.method === 'POST' ? 'POST' : 'GET';
      expect(isLeanTrpcRequest(method, headers, url.searchParams)).toBe(true);
      const response = await handleLeanTrpcRequest(
        testRouter,
        {
          method,
          pathSegment: url.pathname.slice('/lean/trpc/'.length),
          isBatch: url.searchParams.get('batch') === '1',
          rawInput: method === 'GET' ? url.searchParams.get('input') : body,
        },
        async () => context(),
      );
      status = response.status;
      text = response.body;
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(text);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the lean tRPC HTTP handler', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = await startServer();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));
  const batchOf = (count: number) => Array.from({ length: count }, () => 'shop.greet').join(',');
  const cases: Array<[string, string, RequestInit?]> = [
    ['a query with input', `shop.greet?input=${input({ name: 'Ada' })}`],
    ['a query without input', 'shop.greet'],
    ['invalid input', `shop.greet?input=${input({ name: '' })}`],
    ['malformed JSON', 'shop.greet?input=%7Bnope'],
    ['an unknown procedure', 'shop.nothing'],
    ['a mutation called with GET', `shop.add?input=${input({ a: 1, b: 2 })}`],
    ['a domain error', 'shop.soldOut'],
    ['an unexpected error', 'shop.broken'],
    ['a batch of successes', `shop.greet,shop.greet?batch=1&input=${input({ 0: { name: 'A' }, 1: { name: 'B' } })}`],
    ['a batch mixing success and errors', `shop.greet,shop.soldOut,shop.nothing?batch=1&input=${input({ 0: { name: 'A' } })}`],
    ['a batch of equal errors', `shop.soldOut,shop.soldOut?batch=1`],
    ['a batch with array input', `shop.greet,shop.greet?batch=1&input=${input([1, 2])}`],
    ['a batch at the size limit', `${batchOf(MAX_BATCH_SIZE)}?batch=1`],
    ['a batch over the size limit', `${batchOf(MAX_BATCH_SIZE + 1)}?batch=1`],
    ['a mutation', 'shop.add', { method: 'POST', body: JSON.stringify({ a: 2, b: 3 }), headers: { 'content-type': 'application/json' } }],
    ['a mutation with bad input', 'shop.add', { method: 'POST', body: JSON.stringify({ a: 'two' }), headers: { 'content-type': 'application/json' } }],
    ['a query called with POST', 'shop.greet', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }],
    ['a batch of mutations', 'shop.add,shop.add?batch=1', { method: 'POST', body: JSON.stringify({ 0: { a: 1, b: 1 }, 1: { a: 2, b: 2 } }), headers: { 'content-type': 'application/json' } }],
  ];

  it.each(cases)('answers %s exactly as tRPC’s own handler does', async (_name, path, init) => {
    const official = await fetch(`${base}/official/trpc/${path}`, init);
    const lean = await fetch(`${base}/lean/trpc/${path}`, init);
    expect(lean.status).toBe(official.status);
    expect(await lean.json()).toEqual(await official.json());
  });

  it('works with the official client, batching, mutations and typed errors included', async () => {
    const client = createTRPCClient<TestRouter>({ links: [httpBatchLink({ url: `${base}/lean/trpc` })] });
    const [greeting, other, sum] = await Promise.all([
      client.shop.greet.query({ name: 'Grace' }),
      client.shop.greet.query(),
      client.shop.add.mutate({ a: 20, b: 22 }),
    ]);
    expect([greeting, other, sum]).toEqual([{ hello: 'Grace' }, { hello: 'world' }, 42]);
    const failure = await client.shop.soldOut.query().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TRPCClientError);
    expect((failure as TRPCClientError<TestRouter>).data).toMatchObject({ code: 'CONFLICT', reason: 'OUT_OF_STOCK' });
  });

  it('leaves streaming and connection-parameter requests to tRPC’s own handler', () => {
    const none = new URLSearchParams();
    expect(isLeanTrpcRequest('GET', new Headers({ 'trpc-accept': 'application/jsonl' }), none)).toBe(false);
    expect(isLeanTrpcRequest('GET', new Headers(), new URLSearchParams('connectionParams=1'))).toBe(false);
    expect(isLeanTrpcRequest('POST', new Headers({ 'content-type': 'multipart/form-data' }), none)).toBe(false);
    expect(isLeanTrpcRequest('PUT', new Headers(), none)).toBe(false);
  });
});
