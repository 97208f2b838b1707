import { type CurrencyCode, toDecimalString } from '@emporium/money';
import type { Order } from '@emporium/order-data-access';
import type { OutgoingMail } from '@emporium/platform-mail';

/**
 * The order e-mails: plain text first (what many clients show and spam filters read) and a small HTML part, as the
 * user service's. A customer's link opens the order in their account; a guest's token is stored hashed and cannot be
 * put in a link, so a guest is sent to the order lookup page (number + e-mail) instead.
 */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function html(title: string, paragraphs: readonly string[], action: { label: string; url: string }): string {
  const body = paragraphs.map((paragraph) => `<p style="margin:0 0 16px">${escapeHtml(paragraph)}</p>`).join('');
  const button = `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1f3a5f;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>`;
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1b1b1b;max-width:560px;margin:auto;padding:24px"><h1 style="font-size:20px">${escapeHtml(title)}</h1>${body}${button}<p style="font-size:12px;color:#777">Emporium</p></body></html>`;
}

const money = (amount: number, currency: string) => `${toDecimalString({ amount, currency: currency as CurrencyCode })} ${currency}`;

function orderLink(order: Order, fallbackUrl: string): { label: string; url: string } {
  const base = (order.publicUrl ?? fallbackUrl).replace(/\/+$/, '');
  return order.customerId ? { label: 'View your order', url: `${base}/account/orders/${order.id}` } : { label: 'Look up your order', url: `${base}/orders/lookup` };
}

function mail(order: Order, publicUrl: string, template: string, subject: string, paragraphs: readonly string[]): OutgoingMail {
  const link = orderLink(order, publicUrl);
  const lookup = order.customerId ? '' : `\nUse your order number ${order.number} and this e-mail address to find it.`;
  return {
    to: order.email,
    template: `order.${template}`,
    subject,
    text: `${paragraphs.join('\n\n')}\n\n${link.label}: ${link.url}${lookup}\n`,
    html: html(subject, order.customerId ? paragraphs : [...paragraphs, `Use your order number ${order.number} and this e-mail address to find it.`], link),
  };
}

export function orderPlacedMail(order: Order, publicUrl: string): OutgoingMail {
  const lines = order.lines.map((line) => `${line.ordered} × ${line.title} (${line.sku}) — ${money(line.total, order.currency)}`);
  return mail(order, publicUrl, 'placed', `Thank you for your order ${order.number}`, [
    `We have received your order ${order.number} and will let you know when it ships.`,
    lines.join('\n'),
    `Total: ${money(order.totals.grandTotal, order.currency)}`,
  ]);
}

export function orderShippedMail(order: Order, publicUrl: string, shipment: { carrier: string; trackingNumber: string | null }): OutgoingMail {
  const tracking = shipment.trackingNumber ? `Tracking number: ${shipment.trackingNumber} (${shipment.carrier}).` : `Carrier: ${shipment.carrier}.`;
  return mail(order, publicUrl, 'shipped', `Your order ${order.number} is on its way`, [`Good news: a parcel of your order ${order.number} has left our warehouse.`, tracking]);
}

export function orderDeliveredMail(order: Order, publicUrl: string): OutgoingMail {
  return mail(order, publicUrl, 'delivered', `Your order ${order.number} was delivered`, [
    `The carrier reports that your parcel of order ${order.number} was delivered.`,
    'If something is wrong with it, you can ask for a return from your order page.',
  ]);
}

export function orderCancelledMail(order: Order, publicUrl: string, refunded: number): OutgoingMail {
  const money_ = refunded > 0 ? `${money(refunded, order.currency)} is refunded to your card; it may take a few days to appear.` : 'Your card was not charged; the hold on it is released.';
  return mail(order, publicUrl, 'cancelled', `Your order ${order.number} was cancelled`, [`Your order ${order.number} has been cancelled.`, money_]);
}

export function orderRefundedMail(order: Order, publicUrl: string, amount: number): OutgoingMail {
  return mail(order, publicUrl, 'refunded', `A refund for your order ${order.number}`, [
    `We have refunded ${money(amount, order.currency)} for your order ${order.number}.`,
    'It may take a few days to appear on your statement.',
  ]);
}
