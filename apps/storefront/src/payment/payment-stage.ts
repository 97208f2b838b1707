import { formatMoney } from '@emporium/ui';

/** The parts of the shopper's view of a payment that decide what the payment step shows. */
export interface PaymentStageInput {
  readonly status: string;
  readonly processing: boolean;
  readonly decline: { readonly code: string; readonly message: string } | null;
  readonly nextAction: { readonly type: string; readonly url: string } | null;
}

/**
 * What the payment step shows for a payment: the card form (with the last decline, if any), the bank's check to
 * go to, "processing" while an outcome is being settled, the payment made, or a payment that can no longer be paid.
 */
export type PaymentStage =
  | { readonly kind: 'enter-card'; readonly decline: { readonly code: string; readonly message: string } | null }
  | { readonly kind: 'challenge'; readonly url: string }
  | { readonly kind: 'processing' }
  | { readonly kind: 'paid' }
  | { readonly kind: 'closed'; readonly message: string };

/** Money is held or taken: the shopper has paid, whatever staff do with it next. */
const PAID = new Set(['authorized', 'partially_captured', 'captured', 'partially_refunded']);

const CLOSED_MESSAGES: Readonly<Record<string, string>> = {
  failed: 'This payment could not be completed. Contact the shop for a new payment link.',
  cancelled: 'This payment was cancelled. Contact the shop if you still want to pay.',
  expired: 'This payment has expired. Contact the shop for a new payment link.',
  refunded: 'This payment was refunded.',
};

export function isPaidStatus(status: string): boolean {
  return PAID.has(status);
}

export function paymentStage(view: PaymentStageInput): PaymentStage {
  if (PAID.has(view.status)) return { kind: 'paid' };
  if (view.processing) return { kind: 'processing' };
  if (view.status === 'requires_action') {
    return view.nextAction?.type === 'redirect' && isHttpUrl(view.nextAction.url) ? { kind: 'challenge', url: view.nextAction.url } : { kind: 'processing' };
  }
  if (view.status === 'requires_payment_method') return { kind: 'enter-card', decline: view.decline };
  return { kind: 'closed', message: CLOSED_MESSAGES[view.status] ?? 'This payment can no longer be paid. Contact the shop.' };
}

const BRANDS: Readonly<Record<string, string>> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  american_express: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
};

/** A card brand as printed on the card ("visa" → "Visa"); an unknown one as "Card". */
export function brandName(brand: string): string {
  return BRANDS[brand.toLowerCase()] ?? 'Card';
}

/** "Payment received — $12.50, Visa ·· 4242": the sentence of the success state. */
export function paymentReceivedText(view: { readonly amount: { readonly amount: number; readonly currency: string }; readonly card: { readonly brand: string; readonly last4: string } | null }): string {
  const amount = formatMoney(view.amount.amount, view.amount.currency);
  return view.card ? `Payment received — ${amount}, ${brandName(view.card.brand)} ·· ${view.card.last4}` : `Payment received — ${amount}`;
}

/** A challenge is a page on the gateway: only an http(s) address is followed, never a `javascript:` one. */
function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

