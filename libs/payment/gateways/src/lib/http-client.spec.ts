import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { GatewayRejected, GatewayUnavailable } from './gateway-errors';
import { gatewayHttpClient } from './http-client';

/** A scripted gateway: each request takes the next status from `script` (then 200). */
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
      const answer = status === 200 ? { ok: true } : { error: { type: 'invalid_request_error', code: `e${status}`, message: `refused ${status}`, param: 'amount' } };
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
});

const ok = z.object({ ok: z.literal(true) });

describe('gatewayHttpClient', () => {
  it('retries 5xx with exponential backoff and jitter, sending the same key and body bytes every time', async () => {
    script = [503, 500, 502];
    const waits: number[] = [];
    const client = gatewayHttpClient({
      gateway: 'scripted',
      baseUrl,
      headers: { authorization: 'Bearer k' },
      retries: 3,
      backoff: { baseMs: 100, maxMs: 300 },
      random: () => 0.5,
      sleep: async (ms) => void waits.push(ms),
    });
    const response = await client.request({ method: 'POST', path: '/v1/x', idempotencyKey: 'pay_1:capture:1', body: { amount: 1 }, schema: ok });
    expect(response).toMatchObject({ status: 200, attempts: 4 });
    expect(waits).toEqual([75, 150, 225]);
    expect(seen.map((request) => [request.headers['idempotency-key'], request.body])).toEqual(Array.from({ length: 4 }, () => ['pay_1:capture:1', '{"amount":1}']));
  });

  it('throws a 4xx at once as GatewayRejected with code, status and param', async () => {
    script = [400];
    const client = gatewayHttpClient({ gateway: 'scripted', baseUrl, retries: 3, sleep: async () => undefined });
    const error = await client.request({ method: 'POST', path: '/v1/x', idempotencyKey: 'k', body: {}, schema: ok }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GatewayRejected);
    expect(error).toMatchObject({ code: 'e400', message: 'refused 400', details: { status: 400, param: 'amount' } });
    expect(seen).toHaveLength(1);
  });

  it('gives up with GatewayUnavailable after its retries, and on an answer of the wrong shape', async () => {
    script = [500, 500];
    const client = gatewayHttpClient({ gateway: 'scripted', baseUrl, retries: 1, sleep: async () => undefined });
    await expect(client.request({ method: 'GET', path: '/v1/x', schema: ok })).rejects.toMatchObject({ type: 'GatewayUnavailable', reason: 'server_error' });
    await expect(client.request({ method: 'GET', path: '/v1/x', schema: z.object({ rates: z.array(z.unknown()) }) })).rejects.toMatchObject({
      reason: 'bad_response',
    });
    const nowhere = gatewayHttpClient({ gateway: 'nowhere', baseUrl: 'http://127.0.0.1:1', retries: 1, sleep: async () => undefined });
    await expect(nowhere.request({ method: 'GET', path: '/x', schema: ok })).rejects.toBeInstanceOf(GatewayUnavailable);
  });
});
