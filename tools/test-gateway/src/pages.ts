import { escapeHtml } from './http-kit';
import type { IntentRecord } from './intent';

const styles = `
  body { font: 16px/1.4 system-ui, sans-serif; margin: 0; padding: 1rem; color: #1a1a1a; }
  label { display: block; font-weight: 600; margin-top: .75rem; }
  input { font: inherit; width: 100%; box-sizing: border-box; padding: .5rem; border: 1px solid #767676; border-radius: 4px; }
  input[aria-invalid="true"] { border-color: #b00020; }
  .row { display: flex; gap: .75rem; } .row > div { flex: 1; }
  button { font: inherit; margin-top: 1rem; padding: .6rem 1rem; border-radius: 4px; border: 1px solid #1a1a1a; cursor: pointer; }
  #error { color: #b00020; min-height: 1.4em; margin: .75rem 0 0; }`;

function page(title: string, nonce: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${styles}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** JSON placed inside a <script> element: nothing in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The iframe's script: tokenises with the publishable key and tells the parent page, and only the parent's
 * origin, the outcome. The card number never reaches the shop's own servers.
 */
const cardFormScript = `
const config = JSON.parse(document.getElementById('config').textContent);
const form = document.getElementById('card-form');
const error = document.getElementById('error');
const fields = { 'card.number': 'number', 'card.expMonth': 'expiry', 'card.expYear': 'expiry', 'card.cvc': 'cvc' };
function fail(message, param) {
  error.textContent = message;
  for (const input of form.querySelectorAll('input')) input.removeAttribute('aria-invalid');
  const field = param && document.getElementById(fields[param]);
  if (field) { field.setAttribute('aria-invalid', 'true'); field.focus(); }
  window.parent.postMessage({ type: 'test-gateway:error', message }, config.origin);
}
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  const expiry = /^\\s*(\\d{1,2})\\s*\\/\\s*(\\d{2}|\\d{4})\\s*$/.exec(form.expiry.value);
  if (!expiry) return fail('Enter the expiry date as MM/YY.', 'card.expMonth');
  const card = { number: form.number.value, expMonth: Number(expiry[1]), expYear: Number(expiry[2]), cvc: form.cvc.value.trim() };
  const submit = form.querySelector('button');
  submit.disabled = true;
  try {
    const response = await fetch(config.tokensUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + config.publishableKey },
      body: JSON.stringify({ card }),
    });
    const body = await response.json();
    if (!response.ok) return fail(body.error && body.error.message || 'The card could not be used.', body.error && body.error.param);
    form.reset();
    window.parent.postMessage({ type: 'test-gateway:token', token: body.id, card: body.card }, config.origin);
  } catch {
    fail('The card could not be checked. Try again.');
  } finally {
    submit.disabled = false;
  }
});`;

export function cardFormPage(options: { nonce: string; publishableKey: string; origin: string; tokensUrl: string }): string {
  const { nonce, publishableKey, origin, tokensUrl } = options;
  return page(
    'Card details',
    nonce,
    `<form id="card-form" novalidate>
  <label for="number">Card number</label>
  <input id="number" name="number" inputmode="numeric" autocomplete="cc-number" required aria-describedby="error">
  <div class="row">
    <div>
      <label for="expiry">Expiry date (MM/YY)</label>
      <input id="expiry" name="expiry" inputmode="numeric" autocomplete="cc-exp" placeholder="MM/YY" required aria-describedby="error">
    </div>
    <div>
      <label for="cvc">Security code</label>
      <input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" maxlength="4" required aria-describedby="error">
    </div>
  </div>
  <p id="error" role="alert" aria-live="assertive"></p>
  <button type="submit">Use this card</button>
</form>
<script nonce="${nonce}" id="config" type="application/json">${scriptJson({ publishableKey, origin, tokensUrl })}</script>
<script nonce="${nonce}">${cardFormScript}</script>`,
  );
}

export function challengePage(nonce: string, intent: IntentRecord): string {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency: intent.currency });
  const amount = format.format(intent.amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
  const card = intent.card ? `${intent.card.brand} ending ${intent.card.last4}` : 'your card';
  return page(
    'Confirm your payment',
    nonce,
    `<main>
  <h1>Confirm your payment</h1>
  <p>Test Gateway’s authentication for a payment of ${escapeHtml(amount)} with ${escapeHtml(card)}. Nothing real is charged.</p>
  <form method="post" action="/challenge/${encodeURIComponent(intent.id)}">
    <button type="submit" name="outcome" value="complete">Complete authentication</button>
    <button type="submit" name="outcome" value="fail">Fail authentication</button>
  </form>
</main>`,
  );
}

/** A plain page for what has no form: an unknown intent, a finished challenge without a return URL. */
export function messagePage(nonce: string, title: string, message: string): string {
  return page(title, nonce, `<main>\n  <h1>${escapeHtml(title)}</h1>\n  <p>${escapeHtml(message)}</p>\n</main>`);
}
