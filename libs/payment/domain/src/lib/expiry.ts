import { amounts, authorizationClosure, type Ledger } from './ledger';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** Card authorisations commonly lapse after 7 days (some networks and gateways differ: pass theirs). */
export const DEFAULT_AUTHORIZATION_DAYS = 7;
export const DEFAULT_EXPIRY_MARGIN_HOURS = 24;

export interface ExpiryWindow {
  readonly days?: number;
  readonly marginHours?: number;
}

/** When an authorisation made at `authorizedAt` lapses: `days` × 24 hours later (elapsed time, not calendar days). */
export function authorizationExpiresAt(authorizedAt: Date, days: number = DEFAULT_AUTHORIZATION_DAYS): Date {
  if (!(days > 0) || !Number.isFinite(days)) throw new RangeError(`An authorisation lasts a positive number of days (got ${days})`);
  return new Date(authorizedAt.getTime() + days * DAY_MS);
}

/** Whether `now` is within `marginHours` before the lapse, or past it. */
export function isNearExpiry(authorizedAt: Date, now: Date, window: ExpiryWindow = {}): boolean {
  const { days = DEFAULT_AUTHORIZATION_DAYS, marginHours = DEFAULT_EXPIRY_MARGIN_HOURS } = window;
  if (!(marginHours >= 0) || !Number.isFinite(marginHours)) throw new RangeError(`The margin is a number of hours, 0 or more (got ${marginHours})`);
  return now.getTime() >= authorizationExpiresAt(authorizedAt, days).getTime() - marginHours * HOUR_MS;
}

/** What the shop does with authorisations nobody captured: capture what is left, or let the shopper's money go. */
export type ExpiryPolicy = 'capture' | 'cancel';

export type ExpiryAction =
  | { readonly type: 'none' }
  | { readonly type: 'capture'; readonly amount: number }
  | { readonly type: 'void'; readonly amount: number }
  /** Too late to act: the gateway has let it go; append `authorization_expired` with this amount. */
  | { readonly type: 'record_expiry'; readonly amount: number };

/**
 * What to do now about a payment's open authorisation. Its age counts from the first authorisation entry. Nothing
 * while it is open and not near expiry, or when nothing is left to capture. Near expiry the policy decides; but a
 * partly captured payment cannot be voided (`checkVoid`), so under `cancel` its rest is left to lapse.
 */
export function expiryAction(policy: ExpiryPolicy, ledger: Ledger, now: Date, window: ExpiryWindow = {}): ExpiryAction {
  const first = ledger.find((entry) => entry.kind === 'authorization');
  const { capturable, captured } = amounts(ledger);
  if (!first || authorizationClosure(ledger) || capturable === 0) return { type: 'none' };
  if (now.getTime() >= authorizationExpiresAt(first.at, window.days).getTime()) return { type: 'record_expiry', amount: capturable };
  if (!isNearExpiry(first.at, now, window)) return { type: 'none' };
  if (policy === 'capture') return { type: 'capture', amount: capturable };
  return captured > 0 ? { type: 'none' } : { type: 'void', amount: capturable };
}
