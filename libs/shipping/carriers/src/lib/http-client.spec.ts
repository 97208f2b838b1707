import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CarrierUnavailable } from './carrier-errors';
import { carrierHttpClient } from './http-client';

/** A scripted carrier: each request takes the next status from `script` (then 200). */
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

const ok = z.object({ ok: z.literal(true) });

describe('carrierHttpClient', () => {
  it('retries 5xx with exponential backoff and jitter, sending the same key and body every time', async () => {
    script = [503, 500, 502];
    seen.length = 0;
    const waits: number[] = [];
    const client = carrierHttpClient({
      carrier: 'scripted',
      baseUrl,
      headers: { authorization: 'Bearer k' },
      retries: 3,
      backoff: { baseMs: 100, maxMs: 300 },
      random: () => 0.5,
      sleep: async (ms) => void waits.push(ms),
    });
    const response = await client.request({ method: 'POST', path: '/v1/labels', headers: { 'idempotency-key': 'k-1' }, body: { a: 1 }, schema: ok });
    expect(response).toMatchObject({ status: 200, body: { ok: true }, attempts: 4 });
    // min(300, 100 × 2^n) × (0.5 + 0.5 / 2)
    expect(waits).toEqual([75, 150, 225]);
    expect(seen.map((request) => [request.headers['idempotency-key'], request.headers.authorization, request.body])).toEqual(
      Array.from({ length: 4 }, () => ['k-1', 'Bearer k', '{"a":1}']),
    );
  });

  it('does not wait for a retry the deadline leaves no time for', async () => {
    script = [500, 500];
    const client = carrierHttpClient({
      carrier: 'scripted',
      baseUrl,
      retries: 5,
      deadlineMs: 150,
      backoff: { baseMs: 1000, maxMs: 1000 },
      random: () => 0,
      sleep: () => Promise.reject(new Error('should not sleep')),
    });
    const error = await client.request({ method: 'GET', path: '/x', schema: ok }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierUnavailable);
    expect(error).toMatchObject({ reason: 'deadline', details: { attempts: 1, status: 500 } });
    script = [];
  });

  it('reports a network error as CarrierUnavailable after its retries', async () => {
    const client = carrierHttpClient({ carrier: 'nowhere', baseUrl: 'http://127.0.0.1:1', retries: 1, sleep: async () => undefined });
    await expect(client.request({ method: 'GET', path: '/x', schema: ok })).rejects.toMatchObject({
      type: 'CarrierUnavailable',
      reason: 'network',
      details: { attempts: 2 },
    });
  });

  it('reports an answer of the wrong shape as bad_response, without retrying', async () => {
    seen.length = 0;
    const client = carrierHttpClient({ carrier: 'scripted', baseUrl, retries: 3 });
    await expect(client.request({ method: 'GET', path: '/x', schema: z.object({ rates: z.array(z.unknown()) }) })).rejects.toMatchObject({
      reason: 'bad_response',
    });
    expect(seen).toHaveLength(1);
  });

  it('stops at once when the caller gives up', async () => {
    const controller = new AbortController();
    controller.abort();
    const client = carrierHttpClient({ carrier: 'scripted', baseUrl });
    await expect(client.request({ method: 'GET', path: '/x', schema: ok, signal: controller.signal })).rejects.toMatchObject({ reason: 'aborted' });
  });
});
