import { randomBytes } from 'node:crypto';
import type { Gateway } from './gateway';
import { HttpError } from './http-kit';
import { cardFormPage, challengePage, messagePage } from './pages';

export interface PageRequest {
  method: string;
  url: URL;
  rawBody: string;
}

export interface PageReply {
  status: number;
  html: string;
  headers: Record<string, string>;
}

/** Origins only: `https://shop.example:8443`, no path, so postMessage and frame-ancestors mean exactly one site. */
function originOf(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value.replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The browser-facing pages: the hosted card form (for an iframe) and the 3-D Secure-like challenge. */
export function pageRoutes(gateway: Gateway, isPublishableKey: (key: string) => boolean) {
  return (request: PageRequest): PageReply | undefined => {
    const nonce = randomBytes(16).toString('base64');
    const path = request.url.pathname;
    const html = (status: number, body: string, csp = `default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'`): PageReply => ({
      status,
      html: body,
      headers: { 'content-security-policy': csp },
    });
    const message = (status: number, title: string, text: string) => html(status, messagePage(nonce, title, text));

    if (path === '/hosted/card-form' && request.method === 'GET') {
      const origin = originOf(request.url.searchParams.get('origin'));
      if (!origin) return message(400, 'Card form unavailable', 'The origin parameter must be the embedding page’s origin, e.g. https://shop.example.');
      const publishableKey = request.url.searchParams.get('publishableKey') ?? '';
      if (!isPublishableKey(publishableKey)) return message(401, 'Card form unavailable', 'Unknown publishable key.');
      const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors ${origin}`;
      return html(200, cardFormPage({ nonce, publishableKey, origin, tokensUrl: '/v1/tokens' }), csp);
    }

    const challenge = /^\/challenge\/([^/]+)$/.exec(path);
    if (!challenge) return undefined;
    const id = decodeURIComponent(challenge[1] ?? '');
    try {
      if (request.method === 'GET') {
        const intent = gateway.intent(id);
        if (intent.status !== 'requires_action') return message(200, 'Nothing to confirm', `This payment needs no authentication (status ${intent.status}).`);
        return html(200, challengePage(nonce, intent));
      }
      if (request.method !== 'POST') return message(405, 'Not allowed', `${request.method} is not supported here.`);
      const outcome = new URLSearchParams(request.rawBody).get('outcome');
      if (outcome !== 'complete' && outcome !== 'fail') return message(400, 'Unknown choice', 'Choose Complete or Fail authentication.');
      const intent = outcome === 'complete' ? gateway.completeChallenge(id) : gateway.failChallenge(id);
      if (!intent.returnUrl) {
        return message(200, outcome === 'complete' ? 'Authentication complete' : 'Authentication failed', 'You can close this window.');
      }
      const returnTo = new URL(intent.returnUrl);
      returnTo.searchParams.set('payment_intent', intent.id);
      return { status: 303, html: '', headers: { location: returnTo.toString() } };
    } catch (error) {
      if (error instanceof HttpError) return message(error.status, 'Payment not found or finished', error.message);
      throw error;
    }
  };
}
