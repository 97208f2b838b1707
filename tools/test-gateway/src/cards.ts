/** Card numbers whose behaviour is fixed; any other valid number behaves like `success`. */
export const TEST_CARDS = {
  success: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
  requiresAction: '4000000000003220',
  successThenTimeout: '4000000000000259',
  slow: '4000000000000077',
} as const;

export type CardBehaviour = keyof typeof TEST_CARDS;

/** Ready-made tokens, one per behaviour, usable any number of times without tokenising. */
export const TEST_TOKENS = {
  success: 'tok_visa',
  declined: 'tok_chargeDeclined',
  insufficientFunds: 'tok_insufficientFunds',
  requiresAction: 'tok_threeDSecure',
  successThenTimeout: 'tok_successThenTimeout',
  slow: 'tok_slow',
} as const satisfies Record<CardBehaviour, string>;

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'unknown';

/** All that is kept of a card: never its number or security code. */
export interface CardDetails {
  brand: CardBrand;
  last4: string;
  expMonth: number;
  expYear: number;
}

export interface CardInput {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
}

export type CardErrorCode = 'invalid_number' | 'invalid_expiry' | 'invalid_cvc';

export type CardCheck =
  | { ok: true; card: CardDetails; behaviour: CardBehaviour }
  | { ok: false; error: { code: CardErrorCode; param: string; message: string } };

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function brandOf(digits: string): CardBrand {
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^(6011|65|64[4-9])/.test(digits)) return 'discover';
  return 'unknown';
}

export function behaviourOf(digits: string): CardBehaviour {
  const entry = Object.entries(TEST_CARDS).find(([, number]) => number === digits);
  return (entry?.[0] as CardBehaviour | undefined) ?? 'success';
}

/** Two-digit years are this century's, as on the card. */
export const fullYear = (year: number) => (year < 100 ? 2000 + year : year);

/** Checks number (Luhn), expiry (not before `now`'s month) and security code, in that order, like a card form. */
export function checkCard(input: CardInput, now: Date): CardCheck {
  const digits = input.number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits) || !passesLuhn(digits)) {
    return { ok: false, error: { code: 'invalid_number', param: 'card.number', message: 'Your card number is invalid.' } };
  }
  const expYear = fullYear(input.expYear);
  const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  if (input.expMonth < 1 || input.expMonth > 12) {
    return { ok: false, error: { code: 'invalid_expiry', param: 'card.expMonth', message: 'Your card’s expiration month is invalid.' } };
  }
  if (expYear * 12 + (input.expMonth - 1) < thisMonth || expYear > now.getUTCFullYear() + 50) {
    return { ok: false, error: { code: 'invalid_expiry', param: 'card.expYear', message: 'Your card’s expiration date is in the past or invalid.' } };
  }
  if (!/^\d{3,4}$/.test(input.cvc)) {
    return { ok: false, error: { code: 'invalid_cvc', param: 'card.cvc', message: 'Your card’s security code is invalid.' } };
  }
  return {
    ok: true,
    card: { brand: brandOf(digits), last4: digits.slice(-4), expMonth: input.expMonth, expYear },
    behaviour: behaviourOf(digits),
  };
}
