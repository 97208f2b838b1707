import { parseAmount } from '../lib/money-input';

/** The currencies a payment link can be made in. */
export const LINK_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY'] as const;

export type AmountCheck = { readonly ok: true; readonly amount: number } | { readonly ok: false; readonly message: string };

/**
 * A capture or refund amount typed in the payment's currency, as minor units above zero. Whether that much is left
 * is the server's to say: the amounts on the page may be stale, and its refusal names what is left now.
 */
export function checkActionAmount(text: string, currency: string): AmountCheck {
  const parsed = parseAmount(text, currency);
  if (!parsed.ok) return parsed;
  return parsed.amount === 0 ? { ok: false, message: 'Enter an amount above zero' } : parsed;
}

export interface LinkDraft {
  readonly amount: string;
  readonly currency: string;
  readonly reference: string;
}

/** The createLink input of the dialog's fields, or the problems by field to show before asking the server. */
export function linkInput(draft: LinkDraft): { ok: true; input: { amount: number; currency: string; reference: string } } | { ok: false; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const parsed = parseAmount(draft.amount, draft.currency);
  if (!parsed.ok) problems['amount'] = parsed.message;
  else if (parsed.amount === 0) problems['amount'] = 'Enter an amount above zero';
  const reference = draft.reference.trim();
  if (!reference) problems['reference'] = 'Enter a reference, like the order or invoice number';
  else if (reference.length > 120) problems['reference'] = 'Use at most 120 characters';
  if (!parsed.ok || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, input: { amount: parsed.amount, currency: draft.currency, reference } };
}
