import { z } from 'zod';
import { GatewayRejected, GatewayUnavailable } from './gateway-errors';
import { gatewayHttpClient } from './http-client';

/** A fetch that answers each call with the next status (then 200), in the gateways' `{ error: { … } }` shape. */
function scripted(...statuses: number[]) {
  const sent: Headers[] = [];
  const fetch = async (_url: string | URL | Request, init?: RequestInit) => {
    sent.push(new Headers(init?.headers));
    const status = statuses.shift() ?? 200;
    const answer = status === 200 ? { ok: true } : { error: { type: 'invalid_request_error', code: `e${status}`, message: `refused ${status}`, param: 'amount' } };
    return new Response(JSON.stringify(answer), { status });
  };
  return { sent, client: gatewayHttpClient({ gateway: 'scripted', baseUrl: 'http://gateway.test', retries: 1, deadlineMs: 5000, fetch, sleep: async () => undefined }) };
}

const ok = z.object({ ok: z.literal(true) });

describe('gatewayHttpClient', () => {
  it('sends the idempotency key on every attempt', async () => {
    const { sent, client } = scripted(503);
    await expect(client.request({ method: 'POST', path: '/v1/x', idempotencyKey: 'pay_1:capture:1', body: {}, schema: ok })).resolves.toMatchObject({ attempts: 2 });
    expect(sent.map((headers) => headers.get('idempotency-key'))).toEqual(['pay_1:capture:1', 'pay_1:capture:1']);
  });

  it('throws a 4xx at once as GatewayRejected with code, status and param', async () => {
    const { sent, client } = scripted(400);
    const error = await client.request({ method: 'POST', path: '/v1/x', idempotencyKey: 'k', body: {}, schema: ok }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GatewayRejected);
    expect(error).toMatchObject({ gateway: 'scripted', code: 'e400', message: 'refused 400', details: { status: 400, param: 'amount' } });
    expect(sent).toHaveLength(1);
  });

  it('hands the caller request to onRejected, key included', async () => {
    const seen: (string | undefined)[] = [];
    const fetch = async () => new Response(JSON.stringify({ error: { code: 'idempotency_key_reused', message: 'reused' } }), { status: 400 });
    const client = gatewayHttpClient({ gateway: 'scripted', baseUrl: 'http://gateway.test', fetch }, (_status, body, request) => {
      seen.push(request.idempotencyKey);
      return new Error(body.code);
    });
    await expect(client.request({ method: 'POST', path: '/v1/x', idempotencyKey: 'k-9', schema: ok })).rejects.toThrow('idempotency_key_reused');
    expect(seen).toEqual(['k-9']);
  });

  it('gives up with GatewayUnavailable after its retries, and on an answer of the wrong shape', async () => {
    const { client } = scripted(500, 500);
    await expect(client.request({ method: 'GET', path: '/v1/x', schema: ok })).rejects.toMatchObject({
      type: 'GatewayUnavailable',
      reason: 'server_error',
      message: 'scripted: answered 500 (2 attempts) within the 5000 ms deadline',
    });
    await expect(client.request({ method: 'GET', path: '/v1/x', schema: z.object({ rates: z.array(z.unknown()) }) })).rejects.toMatchObject({
      reason: 'bad_response',
      message: 'scripted: unexpected answer to GET /v1/x (200)',
    });
    const nowhere = gatewayHttpClient({ gateway: 'nowhere', baseUrl: 'http://127.0.0.1:1', retries: 1, sleep: async () => undefined });
    await expect(nowhere.request({ method: 'GET', path: '/x', schema: ok })).rejects.toBeInstanceOf(GatewayUnavailable);
  });
});
