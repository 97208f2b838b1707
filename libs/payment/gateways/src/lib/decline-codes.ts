import type { DeclineCode } from './gateway';

const DECLINE_CODES: readonly DeclineCode[] = ['card_declined', 'insufficient_funds', 'authentication_failed', 'expired_card', 'incorrect_cvc', 'processing_error'];

/** A gateway's reason in our words; a reason we do not know reads as a plain decline rather than failing the parse. */
export function toDeclineCode(code: string | null | undefined): DeclineCode {
  return DECLINE_CODES.find((known) => known === code) ?? 'card_declined';
}
