import { escapeHtml } from '@emporium/stand-in-kit';
import type { Books } from './books';
import { StripeHttpError } from './http-kit';

export interface PageReply {
  status: number;
  html: string;
  headers?: Record<string, string>;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;

/**
 * The stand-in's 3-D Secure page (Stripe's lives on hooks.stripe.com): two buttons that POST `outcome=complete|fail`.
 * Either way the browser goes on with 303 to the confirm's `return_url` plus `?payment_intent=pi_…`, as Stripe does.
 */
export function challengePage(books: Books, method: string, id: string, rawBody: string): PageReply {
  try {
    if (method === 'GET') {
      const intent = books.record(id).intent;
      if (intent.status !== 'requires_action') return { status: 200, html: page('Nothing to authenticate', `<p>Status: ${escapeHtml(intent.status)}</p>`) };
      const amount = `${(intent.amount / 100).toFixed(2)} ${intent.currency.toUpperCase()}`;
      return {
        status: 200,
        html: page(
          'Test payment authentication',
          `<p>Authenticate a payment of ${escapeHtml(amount)}.</p><form method="post" action="/challenge/${encodeURIComponent(id)}">` +
            '<button type="submit" name="outcome" value="complete">Complete authentication</button> ' +
            '<button type="submit" name="outcome" value="fail">Fail authentication</button></form>',
        ),
      };
    }
    if (method !== 'POST') return { status: 405, html: page('Not allowed', '') };
    const outcome = new URLSearchParams(rawBody).get('outcome');
    if (outcome !== 'complete' && outcome !== 'fail') return { status: 400, html: page('Choose Complete or Fail', '') };
    const record = books.finishChallenge(id, outcome);
    if (!record.returnUrl) return { status: 200, html: page('Done', '<p>You can close this window.</p>') };
    const back = new URL(record.returnUrl);
    back.searchParams.set('payment_intent', record.intent.id);
    return { status: 303, html: '', headers: { location: back.toString() } };
  } catch (error) {
    if (error instanceof StripeHttpError) return { status: error.status, html: page('Payment not found or finished', `<p>${escapeHtml(error.message)}</p>`) };
    throw error;
  }
}
