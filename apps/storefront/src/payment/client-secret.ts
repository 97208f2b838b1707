/**
 * A payment's client secret is what lets this browser pay it. A payment link carries it in the URL fragment (never
 * sent to a server, never in a log); the page keeps it in sessionStorage, keyed by the payment, because the return
 * from a challenge (`/pay/<id>?payment_intent=…`) carries no secret.
 */
const SECRET = /^pay_secret_[A-Za-z0-9_-]{16,189}$/;
const KEY_PREFIX = 'emporium.payment-secret.';

/** The secret in a link's fragment (`#pay_secret_…`), or null when the fragment holds none. */
export function readFragmentSecret(hash: string): string | null {
  const candidate = decodeFragment(hash.startsWith('#') ? hash.slice(1) : hash).trim();
  return SECRET.test(candidate) ? candidate : null;
}

/** The address to show once the secret is taken out of it: the same path and query, no fragment. */
export function addressWithoutFragment(location: { readonly pathname: string; readonly search: string }): string {
  return `${location.pathname}${location.search}`;
}

export function secretStorageKey(paymentId: string): string {
  return `${KEY_PREFIX}${paymentId}`;
}

type SecretStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Keeps the secret for this tab's session. Storage may be unavailable (a privacy mode): the page then works until it is left. */
export function rememberSecret(storage: SecretStorage | null, paymentId: string, secret: string): void {
  try {
    storage?.setItem(secretStorageKey(paymentId), secret);
  } catch {
    // Nothing to do: without storage the return from a challenge asks the API without a secret and shows the link as invalid.
  }
}

export function recallSecret(storage: SecretStorage | null, paymentId: string): string | null {
  try {
    const stored = storage?.getItem(secretStorageKey(paymentId)) ?? null;
    return stored && SECRET.test(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function forgetSecret(storage: SecretStorage | null, paymentId: string): void {
  try {
    storage?.removeItem(secretStorageKey(paymentId));
  } catch {
    // Storage unavailable: there is nothing kept to forget.
  }
}

/** The browser's sessionStorage, or null where reading it throws (some privacy modes, sandboxed frames). */
export function sessionStore(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

function decodeFragment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
