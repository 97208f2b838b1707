import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { ProviderFailure } from './provider-failure';
import { type ProviderErrors, providerHttpClient, type ProviderHttpOptions } from './provider-http-client';

/** A scripted provider: each request takes the next status from `script` (then 200). */
let server: Server;
let baseUrl: string;
let script: number[] = [];
const seen: { headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ headers: req.headers, body });
      const status = script.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(status === 200 ? { ok: true } : { error: `e${status}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
  script = [];
});

const ok = z.object({ ok: z.literal(true) });

class Rejected extends Error {
  constructor(readonly status: number, readonly body: unknown) {
    super(`rejected ${status}`);
  }
}
class Unavailable extends Error {
  constructor(readonly failure: ProviderFailure) {
    super(failure.kind);
  }
}
const errors: ProviderErrors = { rejected: (status, body) => new Rejected(status, body), unavailable: (failure) => new Unavailable(failure) };
const client = (options: Partial<ProviderHttpOptions> = {}) => providerHttpClient({ baseUrl, sleep: async () => undefined, ...options }, errors);
const failureOf = (promise: Promise<unknown>) => promise.then(
  () => expect.unreachable(),
  (error: unknown) => (error as Unavailable).failure,
);

describe('providerHttpClient', () => {
  it('retries 5xx with exponential backoff and jitter, sending the same headers and body bytes every time', async () => {
    script = [503, 500, 502];
    const waits: number[] = [];
    const response = await client({
      headers: { authorization: 'Bearer k' },
      retries: 3,
      backoff: { baseMs: 100, maxMs: 300 },
      random: () => 0.5,
      sleep: async (ms) => void waits.push(ms),
    }).request({ method: 'POST', path: '/v1/x', headers: { 'idempotency-key': 'k-1' }, body: { a: 1 }, schema: ok });
    expect(response).toMatchObject({ status: 200, body: { ok: true }, attempts: 4 });
    // min(300, 100 × 2^n) × (0.5 + 0.5 / 2)
    expect(waits).toEqual([75, 150, 225]);
    expect(seen.map((request) => [request.headers['idempotency-key'], request.headers.authorization, request.body])).toEqual(
      Array.from({ length: 4 }, () => ['k-1', 'Bearer k', '{"a":1}']),
    );
  });

  it('hands a 4xx with its parsed body to `rejected` at once, without retrying', async () => {
    script = [400];
    const error = await client({ retries: 3 }).request({ method: 'POST', path: '/x', body: {}, schema: ok }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Rejected);
    expect(error).toMatchObject({ status: 400, body: { error: 'e400' } });
    expect(seen).toHaveLength(1);
  });

  it('gives up after its retries with the last failure, the attempts and the status', async () => {
    script = [500, 500];
    expect(await failureOf(client({ retries: 1 }).request({ method: 'GET', path: '/x', schema: ok }))).toMatchObject({
      kind: 'exhausted',
      reason: 'server_error',
      deadlineReached: false,
      summary: 'answered 500 (2 attempts)',
      attempts: 2,
      status: 500,
    });
  });

  it('does not wait for a retry the deadline leaves no time for', async () => {
    script = [500, 500];
    const failure = await failureOf(
      client({ retries: 5, deadlineMs: 150, backoff: { baseMs: 1000, maxMs: 1000 }, random: () => 0, sleep: () => Promise.reject(new Error('should not sleep')) }).request({
        method: 'GET',
        path: '/x',
        schema: ok,
      }),
    );
    expect(failure).toMatchObject({ kind: 'exhausted', reason: 'server_error', deadlineReached: true, deadlineMs: 150, attempts: 1, status: 500 });
  });

  it('reports a network error after its retries', async () => {
    const failure = await failureOf(client({ baseUrl: 'http://127.0.0.1:1', retries: 1 }).request({ method: 'GET', path: '/x', schema: ok }));
    expect(failure).toMatchObject({ kind: 'exhausted', reason: 'network', attempts: 2 });
  });

  it('reports an answer of the wrong shape as bad_response, without retrying', async () => {
    const failure = await failureOf(client({ retries: 3 }).request({ method: 'GET', path: '/x', schema: z.object({ rates: z.array(z.unknown()) }) }));
    expect(failure).toMatchObject({ kind: 'bad_response', schemaMismatch: true, attempts: 1, status: 200 });
    expect(seen).toHaveLength(1);
  });

  it('stops at once when the caller gives up', async () => {
    const controller = new AbortController();
    controller.abort();
    const failure = await failureOf(client().request({ method: 'GET', path: '/x', schema: ok, signal: controller.signal }));
    expect(failure).toMatchObject({ kind: 'aborted', attempts: 0 });
    expect(seen).toHaveLength(0);
  });
});
