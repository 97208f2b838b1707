import type { CurrencyCode } from '@emporium/money';
import type { PaymentStatus } from '@emporium/payment-domain';
import { toDeclineCode } from './decline-codes';
import type { GatewayIntent } from './gateway';
import type { TestGatewayIntent } from './test-gateway-schemas';

/** The test gateway's status in our words; a captured intent reads as refunded by its totals. */
export function testGatewayStatus(intent: Pick<TestGatewayIntent, 'status' | 'amountReceived' | 'amountRefunded'>): PaymentStatus {
  switch (intent.status) {
    case 'requires_payment_method':
      return 'requires_payment_method';
    case 'requires_action':
      return 'requires_action';
    case 'requires_capture':
      return 'authorized';
    case 'succeeded':
      if (intent.amountRefunded === 0) return 'captured';
      return intent.amountRefunded >= intent.amountReceived ? 'refunded' : 'partially_refunded';
    case 'canceled':
      return 'cancelled';
    case 'failed':
      return 'failed';
  }
}

/**
 * Whether the card was ever authorised. The gateway does not say so of a cancelled intent; one with a card and no
 * error was cancelled after authorising (a cancel during a challenge is the rare case read wrongly as authorised).
 */
function wasAuthorised(intent: TestGatewayIntent): boolean {
  if (intent.status === 'requires_capture' || intent.status === 'succeeded') return true;
  return intent.status === 'canceled' && intent.card !== null && intent.lastError === null;
}

export function fromTestGatewayIntent(intent: TestGatewayIntent): GatewayIntent {
  return {
    id: intent.id,
    status: testGatewayStatus(intent),
    currency: intent.currency.toUpperCase() as CurrencyCode,
    amount: intent.amount,
    amountAuthorized: wasAuthorised(intent) ? intent.amount : 0,
    amountCaptured: intent.amountReceived,
    amountRefunded: intent.amountRefunded,
    nextAction: intent.nextAction ? { type: 'redirect', url: intent.nextAction.url } : null,
    failure: intent.status === 'failed' && intent.lastError ? { code: toDeclineCode(intent.lastError.code), message: intent.lastError.message } : null,
    card: intent.card ? { ...intent.card } : null,
  };
}
