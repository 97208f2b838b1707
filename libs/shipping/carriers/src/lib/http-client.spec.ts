import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CarrierRejected, CarrierUnavailable } from './carrier-errors';
import { carrierHttpClient } from './http-client';

/** A fetch that answers each call with the next status (then 200), in the carriers' `{ error, message }` shape. */
const scripted = (...statuses: number[]) => async () => {
  const status = statuses.shift() ?? 200;
  const answer = status === 200 ? { ok: true } : { error: `e${status}`, message: `refused ${status}`, fieldErrors: { 'shipTo.postalCode': ['Required'] } };
  return new Response(JSON.stringify(answer), { status });
};

const ok = z.object({ ok: z.literal(true) });

describe('carrierHttpClient', () => {
  it('throws a 4xx at once as CarrierRejected with code, status and field errors', async () => {
    const client = carrierHttpClient({ carrier: 'scripted', baseUrl: 'http://carrier.test', retries: 3, fetch: scripted(422) });
    const error = await client.request({ method: 'POST', path: '/v1/labels', body: {}, schema: ok }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierRejected);
    expect(error).toMatchObject({ carrier: 'scripted', code: 'e422', message: 'refused 422', details: { status: 422, fieldErrors: { 'shipTo.postalCode': ['Required'] } } });
  });

  it('names a deadline that leaves no time for another attempt as deadline', async () => {
    const client = carrierHttpClient({
      carrier: 'scripted',
      baseUrl: 'http://carrier.test',
      retries: 5,
      deadlineMs: 150,
      backoff: { baseMs: 1000, maxMs: 1000 },
      random: () => 0,
      fetch: scripted(500, 500),
    });
    const error = await client.request({ method: 'GET', path: '/x', schema: ok }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierUnavailable);
    expect(error).toMatchObject({
      reason: 'deadline',
      message: 'scripted: answered 500 (1 attempt); the 150 ms deadline leaves no time for another',
      details: { attempts: 1, status: 500 },
    });
  });

  it('reports a network error as CarrierUnavailable after its retries', async () => {
    const client = carrierHttpClient({ carrier: 'nowhere', baseUrl: 'http://127.0.0.1:1', retries: 1, sleep: async () => undefined });
    await expect(client.request({ method: 'GET', path: '/x', schema: ok })).rejects.toMatchObject({
      type: 'CarrierUnavailable',
      reason: 'network',
      details: { attempts: 2 },
    });
  });

  it('reports an answer of the wrong shape as bad_response, and a caller giving up as aborted', async () => {
    const client = carrierHttpClient({ carrier: 'scripted', baseUrl: 'http://carrier.test', fetch: scripted() });
    await expect(client.request({ method: 'GET', path: '/x', schema: z.object({ rates: z.array(z.unknown()) }) })).rejects.toMatchObject({
      reason: 'bad_response',
      message: 'scripted: unexpected response to GET /x',
      details: { attempts: 1, status: 200 },
    });
    await expect(client.request({ method: 'GET', path: '/x', schema: ok, signal: AbortSignal.abort() })).rejects.toMatchObject({
      reason: 'aborted',
      message: 'scripted: the caller gave up',
    });
  });
});
