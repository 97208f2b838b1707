import { z } from 'zod';

/** The test gateway's intent statuses (`tools/test-gateway`, README "Payment intents"). */
export const TEST_GATEWAY_STATUSES = ['requires_payment_method', 'requires_action', 'requires_capture', 'succeeded', 'canceled', 'failed'] as const;
export type TestGatewayStatus = (typeof TEST_GATEWAY_STATUSES)[number];

const minor = z.number().int().nonnegative();

export const testGatewayIntent = z.object({
  id: z.string().min(1),
  object: z.literal('payment_intent'),
  status: z.enum(TEST_GATEWAY_STATUSES),
  amount: minor,
  amountCapturable: minor,
  amountReceived: minor,
  amountRefunded: minor,
  currency: z.string().regex(/^[A-Za-z]{3}$/),
  card: z.object({ brand: z.string(), last4: z.string(), expMonth: z.number().int(), expYear: z.number().int() }).nullable(),
  nextAction: z.object({ type: z.literal('redirect'), url: z.url() }).nullable(),
  lastError: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type TestGatewayIntent = z.infer<typeof testGatewayIntent>;

export const testGatewayRefund = z.object({
  id: z.string().min(1),
  object: z.literal('refund'),
  paymentIntent: z.string().min(1),
  amount: minor,
});

/** A webhook's envelope: `type` is looked at before `data`, so a new kind of event is skipped, not refused. */
export const testGatewayEvent = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  created: z.number().int(),
  data: z.object({ object: z.unknown() }),
});
