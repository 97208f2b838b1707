/**
 * The checkout attempt this tab is paying for, kept in sessionStorage: a reload, or the way back from the bank's
 * check (`/checkout?payment_intent=…`), continues the same attempt instead of starting another. The access token
 * also opens a guest's order on the confirmation page, so it is kept per order once the order exists.
 */
export interface AttemptKeys {
  readonly attemptToken: string;
  readonly accessToken: string;
}


type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const ATTEMPT_KEY = 'emporium.checkout-attempt';
const ORDER_PREFIX = 'emporium.order-access.';

export function rememberAttempt(storage: KeyStorage | null, keys: AttemptKeys): void {
  write(storage, ATTEMPT_KEY, JSON.stringify({ attemptToken: keys.attemptToken, accessToken: keys.accessToken }));
}

export function recallAttempt(storage: KeyStorage | null): AttemptKeys | null {
  const value = read(storage, ATTEMPT_KEY);
  return value && typeof value['attemptToken'] === 'string' && typeof value['accessToken'] === 'string' && value['attemptToken'] && value['accessToken']
    ? { attemptToken: value['attemptToken'], accessToken: value['accessToken'] }
    : null;
}

export function forgetAttempt(storage: KeyStorage | null): void {
  try {
    storage?.removeItem(ATTEMPT_KEY);
  } catch {
    // Storage unavailable: nothing was kept.
  }
}

/** The guest's key to an order just placed, for the confirmation page (a reload of it included). */
export function rememberOrderAccess(storage: KeyStorage | null, orderId: string, accessToken: string): void {
  write(storage, `${ORDER_PREFIX}${orderId}`, JSON.stringify({ accessToken }));
}

export function recallOrderAccess(storage: KeyStorage | null, orderId: string): string | null {
  const value = read(storage, `${ORDER_PREFIX}${orderId}`);
  return value && typeof value['accessToken'] === 'string' && value['accessToken'] ? value['accessToken'] : null;
}

function write(storage: KeyStorage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Without storage the page works until it is left; a reload then starts a new checkout of the same cart, which
    // the server joins to the same attempt.
  }
}

function read(storage: KeyStorage | null, key: string): Record<string, unknown> | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
