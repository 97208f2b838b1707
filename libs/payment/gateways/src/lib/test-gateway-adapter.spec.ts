import { SIGNATURE_HEADER, signPayload, startTestGateway, TEST_TOKENS, type TestGateway } from '@emporium/test-gateway';
import { describeGatewayContract, startWebhookReceiver, submitChallenge } from '../testing';
import { testGateway } from './test-gateway-adapter';

const secretKey = 'sk_test_contract';
const publishableKey = 'pk_test_contract';
const webhookSecret = 'whsec_test_contract';

const pathOf = { authorize: '/v1/payment_intents/*/confirm', capture: '/v1/payment_intents/*/capture' } as const;

describeGatewayContract('test gateway', async () => {
  const receiver = await startWebhookReceiver();
  const server: TestGateway = await startTestGateway({ secretKey, publishableKey, port: 0, hangMs: 1_000, webhook: { url: receiver.url, secret: webhookSecret } });
  const gateway = testGateway(
    { baseUrl: server.url, secretKey, publishableKey, webhookSecret: `whsec_old_rotated, ${webhookSecret}`, timeoutMs: 300 },
    { backoff: { baseMs: 20, maxMs: 50 } },
  );
  const intent = (id: string) => server.control.intents().find((candidate) => candidate.id === id);
  return {
    gateway,
    tokens: {
      success: TEST_TOKENS.success,
      declined: TEST_TOKENS.declined,
      insufficientFunds: TEST_TOKENS.insufficientFunds,
      requiresAction: TEST_TOKENS.requiresAction,
    },
    completeChallenge: (challenged) => submitChallenge(challenged),
    failNext: (operation, mode, times = 1) => server.control.failNext({ next: times, mode, path: pathOf[operation] }),
    capturesAt: (id) => server.control.captureCounts()[id] ?? 0,
    authorisationsAt: (id) => intent(id)?.authorisations ?? 0,
    requestCount: () => server.control.requests().length,
    webhooksAbout: (id) =>
      server.control
        .events()
        .filter((event) => (event.data.object.object === 'refund' ? event.data.object.paymentIntent : event.data.object.id) === id)
        .map((event) => ({ id: event.id, type: event.type, rawBody: JSON.stringify(event) })),
    sign: (rawBody, t, secret = webhookSecret) => new Headers({ [SIGNATURE_HEADER]: signPayload(secret, rawBody, t) }),
    delivered: () => receiver.deliveries,
    close: async () => {
      await server.close();
      await receiver.stop();
    },
  };
});

describe('test gateway adapter', () => {
  it('tells the storefront where to tokenise, by the public URL', () => {
    const gateway = testGateway({ baseUrl: 'http://127.0.0.1:4020', publicUrl: 'https://pay.example/', secretKey, publishableKey, webhookSecret });
    expect(gateway.clientConfig()).toEqual({
      provider: 'test-gateway',
      publishableKey,
      tokensUrl: 'https://pay.example/v1/tokens',
      cardFormUrl: 'https://pay.example/hosted/card-form',
    });
  });

  it('refuses to call without an idempotency key', async () => {
    const gateway = testGateway({ baseUrl: 'http://127.0.0.1:1', secretKey, publishableKey, webhookSecret });
    await expect(gateway.void({ intentId: 'pi_1', idempotencyKey: ' ' })).rejects.toBeInstanceOf(RangeError);
  });
});
