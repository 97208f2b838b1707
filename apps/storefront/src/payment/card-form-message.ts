/**
 * The hosted card form (an iframe on the gateway's origin) tells this page the outcome with postMessage. Anything
 * could post a message to the window, so one is trusted only from the card form's own origin and shape.
 */
export interface CardSummary {
  readonly brand: string;
  readonly last4: string;
}

export type CardFormMessage =
  | { readonly type: 'token'; readonly token: string; readonly card: CardSummary | null }
  | { readonly type: 'error'; readonly message: string };

const TOKEN = /^[A-Za-z0-9_]{3,100}$/;

/** The origin of the card form's URL, which its messages must come from; null for a URL that is not http(s). */
export function cardFormOrigin(cardFormUrl: string): string | null {
  try {
    const url = new URL(cardFormUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The iframe's address: the form is told the publishable key and the origin it may post its answer to (ours). */
export function cardFormSource(cardFormUrl: string, publishableKey: string, ourOrigin: string): string {
  const url = new URL(cardFormUrl);
  url.searchParams.set('publishableKey', publishableKey);
  url.searchParams.set('origin', ourOrigin);
  return url.toString();
}

/** Reads a message event as the card form's answer; null for anything from elsewhere or of another shape. */
export function readCardFormMessage(event: { readonly origin: string; readonly data: unknown }, expectedOrigin: string | null): CardFormMessage | null {
  if (expectedOrigin === null || event.origin !== expectedOrigin) return null;
  const { data } = event;
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message['type'] === 'test-gateway:token' && typeof message['token'] === 'string' && TOKEN.test(message['token'])) {
    return { type: 'token', token: message['token'], card: cardSummary(message['card']) };
  }
  if (message['type'] === 'test-gateway:error' && typeof message['message'] === 'string') {
    return { type: 'error', message: message['message'].slice(0, 300) };
  }
  return null;
}

/** Only the brand and last digits are kept from what the form reports about the card. */
function cardSummary(value: unknown): CardSummary | null {
  if (typeof value !== 'object' || value === null) return null;
  const { brand, last4 } = value as Record<string, unknown>;
  return typeof brand === 'string' && typeof last4 === 'string' && /^\d{4}$/.test(last4) ? { brand, last4 } : null;
}
