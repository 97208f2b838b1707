import { z } from 'zod';
import type { Gateway, GatewayIntent, WebhookResult } from './gateway';
import { GatewayIdempotencyConflict, GatewayRejected, GatewayUnavailable } from './gateway-errors';
import { gatewayHttpClient, type GatewayHttpOptions } from './http-client';
import { testGatewayEvent, testGatewayIntent, testGatewayRefund } from './test-gateway-schemas';
import { fromTestGatewayIntent } from './test-gateway-status';
import { secretList, verifyTimestampedHmac, WEBHOOK_TOLERANCE_SECONDS } from '@emporium/signed-webhooks';

export const TEST_GATEWAY_CODE = 'test-gateway';

/** The header the test gateway signs its webhooks with. */
export const TEST_GATEWAY_SIGNATURE_HEADER = 'Test-Gateway-Signature';

/** Its configuration, as `env.ts` validates it. */
export const testGatewayConfig = z.object({
  /** Where the server reaches the gateway. */
  baseUrl: z.url({ protocol: /^https?$/ }),
  secretKey: z.string().min(1),
  publishableKey: z.string().min(1),
  /** One secret, or several while rotating (comma-separated or a list; any of them verifies). */
  webhookSecret: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /** Per attempt; default 5000 ms. */
  timeoutMs: z.number().int().positive().default(5000),
  /** Retries after the first attempt (network errors, timeouts, 5xx); default 2. */
  retries: z.number().int().min(0).max(10).optional(),
  /** For a whole call, retries included. */
  deadlineMs: z.number().int().positive().optional(),
  /** What browsers use to reach the gateway (card form, tokens); default `baseUrl`. */
  publicUrl: z.url({ protocol: /^https?$/ }).optional(),
});
export type TestGatewayConfig = z.input<typeof testGatewayConfig>;

/** Test seams: backoff timing and randomness, another fetch. */
export type TestGatewayTuning = Pick<GatewayHttpOptions, 'backoff' | 'random' | 'sleep' | 'fetch'>;

const REFUND_REASONS = new Set(['duplicate', 'fraudulent', 'requested_by_customer']);

/** The test gateway (`tools/test-gateway`) over HTTP. */
export function testGateway(input: TestGatewayConfig, tuning: TestGatewayTuning = {}): Gateway {
  const config = testGatewayConfig.parse(input);
  const code = TEST_GATEWAY_CODE;
  const secrets = secretList(config.webhookSecret);
  const publicUrl = (config.publicUrl ?? config.baseUrl).replace(/\/+$/, '');
  const http = gatewayHttpClient(
    {
      gateway: code,
      baseUrl: config.baseUrl,
      headers: { authorization: `Bearer ${config.secretKey}` },
      timeoutMs: config.timeoutMs,
      ...(config.retries === undefined ? {} : { retries: config.retries }),
      ...(config.deadlineMs === undefined ? {} : { deadlineMs: config.deadlineMs }),
      ...tuning,
    },
    (status, body, request) => {
      if (body.code === 'idempotency_key_reused') return new GatewayIdempotencyConflict(code, request.idempotencyKey ?? '', body.message);
      // The first request with this key is still at work: its outcome is not known yet.
      if (body.code === 'idempotency_key_in_use') return new GatewayUnavailable(code, 'server_error', `${code}: ${body.message}`);
      return new GatewayRejected(code, body.code, body.message, { status, ...(body.param ? { param: body.param } : {}) });
    },
  );

  const intentPath = (id: string, action = '') => `/v1/payment_intents/${encodeURIComponent(id)}${action}`;
  const post = async (path: string, idempotencyKey: string, body: unknown): Promise<GatewayIntent> => {
    requireKey(idempotencyKey);
    const { body: intent } = await http.request({ method: 'POST', path, idempotencyKey, body, schema: testGatewayIntent });
    return fromTestGatewayIntent(intent);
  };
  const retrieve = async (id: string): Promise<GatewayIntent> => {
    const { body } = await http.request({ method: 'GET', path: intentPath(id), schema: testGatewayIntent });
    return fromTestGatewayIntent(body);
  };

  return {
    code,

    createIntent: (request) =>
      post('/v1/payment_intents', request.idempotencyKey, {
        amount: request.amount.amount,
        currency: request.amount.currency,
        reference: request.reference,
        captureMethod: 'manual',
        returnUrl: request.returnUrl,
      }),

    authorize: (request) => post(intentPath(request.intentId, '/confirm'), request.idempotencyKey, { token: request.paymentMethod }),

    // Without a token the gateway answers the intent as it stands: authorised once the challenge is completed.
    confirm: (request) => post(intentPath(request.intentId, '/confirm'), request.idempotencyKey, {}),

    capture: (request) => post(intentPath(request.intentId, '/capture'), request.idempotencyKey, { amount: request.amount }),

    void: (request) => post(intentPath(request.intentId, '/cancel'), request.idempotencyKey, {}),

    async refund(request) {
      requireKey(request.idempotencyKey);
      const { body: refund } = await http.request({
        method: 'POST',
        path: '/v1/refunds',
        idempotencyKey: request.idempotencyKey,
        body: {
          paymentIntent: request.intentId,
          amount: request.amount,
          reason: REFUND_REASONS.has(request.reason) ? request.reason : 'requested_by_customer',
        },
        schema: testGatewayRefund,
      });
      return { id: refund.id, amount: refund.amount, intent: await retrieve(refund.paymentIntent) };
    },

    retrieve: (request) => retrieve(request.intentId),

    parseWebhook({ headers, rawBody, now }): WebhookResult {
      const check = verifyTimestampedHmac({
        header: headers.get(TEST_GATEWAY_SIGNATURE_HEADER),
        rawBody,
        secrets,
        now,
        toleranceSeconds: WEBHOOK_TOLERANCE_SECONDS,
      });
      if (!check.ok) return check;
      const event = testGatewayEvent.safeParse(parseJson(rawBody));
      if (!event.success) return { ok: false, reason: 'malformed' };
      // `charge.refunded` carries the refund, not the intent's totals: the refund call already answered them.
      if (!event.data.type.startsWith('payment_intent.')) return { ok: true, events: [] };
      const intent = testGatewayIntent.safeParse(event.data.data.object);
      if (!intent.success) return { ok: false, reason: 'malformed' };
      return {
        ok: true,
        events: [{ id: event.data.id, type: event.data.type, intent: fromTestGatewayIntent(intent.data), occurredAt: new Date(event.data.created * 1000) }],
      };
    },

    clientConfig: () => ({
      provider: 'test-gateway',
      publishableKey: config.publishableKey,
      tokensUrl: `${publicUrl}/v1/tokens`,
      cardFormUrl: `${publicUrl}/hosted/card-form`,
    }),
  };
}

/** The caller derives and stores the key before calling; an adapter never invents one. */
export function requireKey(idempotencyKey: string): void {
  if (!idempotencyKey.trim()) throw new RangeError('The payment service must derive and store an idempotencyKey before calling the gateway.');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
