import { eventPayload, signStripePayload, startStripeStandIn, STRIPE_SIGNATURE_HEADER, type StripeStandIn } from '@emporium/stripe-stand-in';
import { describeGatewayContract, startWebhookReceiver, submitChallenge } from '../testing';
import { stripeGateway } from './stripe-gateway';

const secretKey = 'sk_test_stand_in_contract';
const webhookSecret = 'whsec_stand_in_contract';

const pathOf = { authorize: '/v1/payment_intents/*/confirm', capture: '/v1/payment_intents/*/capture' } as const;

describeGatewayContract('stripe (against the stand-in)', async () => {
  const receiver = await startWebhookReceiver();
  const server: StripeStandIn = await startStripeStandIn({ secretKey, hangMs: 1_000, webhook: { url: receiver.url, secret: webhookSecret } });
  const gateway = stripeGateway({
    secretKey,
    publishableKey: 'pk_test_stand_in',
    webhookSecret: `whsec_rotated_out,${webhookSecret}`,
    apiHost: server.host,
    port: server.port,
    protocol: 'http',
    timeoutMs: 300,
  });
  const record = (id: string) => server.control.intents().find((candidate) => candidate.intent.id === id);
  return {
    gateway,
    tokens: {
      success: 'pm_card_visa',
      declined: 'pm_card_chargeDeclined',
      insufficientFunds: 'pm_card_chargeDeclinedInsufficientFunds',
      requiresAction: 'pm_card_authenticationRequired',
    },
    completeChallenge: (challenged) => submitChallenge(challenged, { expectButton: true }),
    failNext: (operation, mode, times = 1) => server.control.failNext({ next: times, mode, path: pathOf[operation] }),
    capturesAt: (id) => server.control.captureCounts()[id] ?? 0,
    authorisationsAt: (id) => record(id)?.authorisations ?? 0,
    requestCount: () => server.control.requests().length,
    webhooksAbout: (id) =>
      server.control
        .events()
        .filter((event) => (event.data.object.object === 'charge' ? event.data.object.payment_intent : event.data.object.id) === id)
        .map((event) => ({ id: event.id, type: event.type, rawBody: eventPayload(event) })),
    sign: (rawBody, t, secret = webhookSecret) => new Headers({ [STRIPE_SIGNATURE_HEADER]: signStripePayload(secret, rawBody, t) }),
    delivered: () => receiver.deliveries,
    close: async () => {
      await server.close();
      await receiver.stop();
    },
  };
});
