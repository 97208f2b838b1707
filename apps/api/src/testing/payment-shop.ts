import { startTestGateway, type TestGateway } from '@emporium/test-gateway';
import { BrowserClient } from './browser-client';
import { startTestApi, type TestApi } from './test-api';

export const GATEWAY_SECRET = 'sk_test_payments';
export const GATEWAY_PUBLISHABLE = 'pk_test_payments';
export const WEBHOOK_SECRET = 'whsec_test_payments';

export interface StaffPayment {
  id: string;
  status: string;
  amount: { amount: number; currency: string };
  amounts: { authorized: number; captured: number; refunded: number; capturable: number; refundable: number };
  ledger: Array<{ kind: string; amount: number; reference: string; final: boolean; reason: string | null }>;
  attempts: Array<{ operation: string; sequence: number; idempotencyKey: string; outcome: string; amount: number | null }>;
  events: Array<{ eventId: string; type: string }>;
  needsReview: string | null;
  intentId: string | null;
}

export interface ShopperPayment {
  id: string;
  status: string;
  decline: { code: string; message: string } | null;
  nextAction: { type: string; url: string } | null;
  card: { brand: string; last4: string } | null;
  processing: boolean;
}

export interface PaymentShop {
  readonly api: () => TestApi;
  readonly gateway: () => TestGateway;
  /** Signed in as the demo admin. */
  readonly staff: () => BrowserClient;
  /** A payment link's payment: its id and client secret. */
  link(amount?: number, currency?: string): Promise<{ paymentId: string; clientSecret: string }>;
  authorize(payment: { paymentId: string; clientSecret: string }, paymentMethod: string): Promise<ShopperPayment>;
  view(paymentId: string): Promise<StaffPayment>;
}

/** Registers beforeAll/afterAll: the test gateway (webhooks to the API) and a real API over a fresh database. */
export function usePaymentShop(env: Record<string, string> = {}, gatewayOptions: Parameters<typeof startTestGateway>[0] = {}): PaymentShop {
  let api: TestApi | undefined;
  let gateway: TestGateway | undefined;
  let staff: BrowserClient | undefined;
  beforeAll(async () => {
    gateway = await startTestGateway({ secretKey: GATEWAY_SECRET, publishableKey: GATEWAY_PUBLISHABLE, port: 0, hangMs: 1_500, slowCardDelayMs: 200, ...gatewayOptions });
    api = await startTestApi({
      TEST_GATEWAY_URL: gateway.url,
      TEST_GATEWAY_SECRET_KEY: GATEWAY_SECRET,
      TEST_GATEWAY_PUBLISHABLE_KEY: GATEWAY_PUBLISHABLE,
      TEST_GATEWAY_WEBHOOK_SECRET: WEBHOOK_SECRET,
      PAYMENT_GATEWAY_TIMEOUT_MS: '400',
      ...env,
    });
    gateway.control.setWebhook({ url: `${api.url}/webhooks/payment/test-gateway`, secret: WEBHOOK_SECRET });
    staff = new BrowserClient(api.url);
    await staff.ok(staff.mutate('user.auth.login', { email: 'admin@example.com', password: 'emporium-admin-demo' }));
  }, 30_000);
  afterAll(async () => {
    await api?.close();
    await gateway?.close();
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the payment shop is not started');
    return value;
  };
  return {
    api: () => need(api),
    gateway: () => need(gateway),
    staff: () => need(staff),
    async link(amount = 2599, currency = 'USD') {
      const made = await need(staff).ok(need(staff).mutate<{ paymentId: string; url: string }>('payment.admin.createLink', { amount, currency, reference: `LINK-${amount}` }));
      return { paymentId: made.paymentId, clientSecret: made.url.split('#')[1] ?? '' };
    },
    async authorize(payment, paymentMethod) {
      const shopper = new BrowserClient(need(api).url);
      return shopper.ok(shopper.mutate<ShopperPayment>('payment.authorize', { ...payment, paymentMethod }));
    },
    view: (paymentId) => need(staff).ok(need(staff).query<StaffPayment>('payment.admin.get', { id: paymentId })),
  };
}
