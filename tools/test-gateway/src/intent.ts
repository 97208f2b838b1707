import type { CardBehaviour, CardDetails } from './cards';

export type IntentStatus = 'requires_payment_method' | 'requires_action' | 'requires_capture' | 'succeeded' | 'canceled' | 'failed';

export type PaymentErrorCode = 'card_declined' | 'insufficient_funds' | 'authentication_failed';

/** A payment intent as the API answers it. Amounts are integers in minor units. */
export interface PaymentIntent {
  id: string;
  object: 'payment_intent';
  status: IntentStatus;
  amount: number;
  /** Authorised and not yet captured or released. */
  amountCapturable: number;
  /** Captured. */
  amountReceived: number;
  amountRefunded: number;
  currency: string;
  reference: string;
  captureMethod: 'manual';
  card: CardDetails | null;
  returnUrl: string | null;
  nextAction: { type: 'redirect'; url: string } | null;
  lastError: { code: PaymentErrorCode; message: string } | null;
  cancellationReason: string | null;
  /** Unix seconds. */
  created: number;
}

export interface Refund {
  id: string;
  object: 'refund';
  paymentIntent: string;
  amount: number;
  currency: string;
  reason: string | null;
  status: 'succeeded';
  created: number;
}

export interface CaptureRecord {
  paymentIntent: string;
  amount: number;
  at: string;
}

/** The gateway's own record: the intent plus what tests assert on (never sent to clients). */
export interface IntentRecord extends PaymentIntent {
  behaviour: CardBehaviour | null;
  /** How many times the card was authorised for this intent (a retried request must not add one). */
  authorisations: number;
  captures: CaptureRecord[];
  refunds: string[];
}

/** Selects the fields clients see, so adding bookkeeping to the record never leaks it. */
export function intentResponse(record: IntentRecord): PaymentIntent {
  return {
    id: record.id,
    object: 'payment_intent',
    status: record.status,
    amount: record.amount,
    amountCapturable: record.amountCapturable,
    amountReceived: record.amountReceived,
    amountRefunded: record.amountRefunded,
    currency: record.currency,
    reference: record.reference,
    captureMethod: record.captureMethod,
    card: record.card ? { ...record.card } : null,
    returnUrl: record.returnUrl,
    nextAction: record.nextAction ? { ...record.nextAction } : null,
    lastError: record.lastError ? { ...record.lastError } : null,
    cancellationReason: record.cancellationReason,
    created: record.created,
  };
}

export const declines = {
  declined: { code: 'card_declined', message: 'Your card was declined.' },
  insufficientFunds: { code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  authenticationFailed: { code: 'authentication_failed', message: 'The cardholder failed authentication.' },
} as const satisfies Record<string, { code: PaymentErrorCode; message: string }>;
