/** The words and badge colours of an order's statuses, as the shopper reads them. */
export type LabelTone = 'neutral' | 'success' | 'danger' | 'accent';

const ORDER: Readonly<Record<string, readonly [string, LabelTone]>> = {
  placed: ['Placed', 'neutral'],
  partially_fulfilled: ['Being prepared', 'neutral'],
  fulfilled: ['Ready to ship', 'neutral'],
  partially_shipped: ['Partly shipped', 'accent'],
  shipped: ['Shipped', 'accent'],
  delivered: ['Delivered', 'success'],
  cancelled: ['Cancelled', 'danger'],
  return_requested: ['Return requested', 'accent'],
  return_received: ['Return received', 'accent'],
  refunded: ['Refunded', 'neutral'],
};

const SHIPMENT: Readonly<Record<string, readonly [string, LabelTone]>> = {
  label_purchased: ['Ready to ship', 'neutral'],
  shipped: ['On its way', 'accent'],
  delivered: ['Delivered', 'success'],
};

const PAYMENT: Readonly<Record<string, string>> = {
  pending: 'Payment pending',
  authorized: 'Payment held on your card',
  partially_paid: 'Partly paid',
  paid: 'Paid',
  partially_refunded: 'Partly refunded',
  refunded: 'Refunded',
  voided: 'Payment released',
};

const RETURN: Readonly<Record<string, string>> = {
  requested: 'Return requested',
  received: 'Return received',
  refunded: 'Refunded',
};

/** The reasons a customer can give for a return, in the order the form lists them. */
export const RETURN_REASONS = [
  ['damaged', 'It arrived damaged'],
  ['wrong_item', 'I received the wrong item'],
  ['not_as_described', 'It is not as described'],
  ['changed_mind', 'I changed my mind'],
  ['other', 'Another reason'],
] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number][0];

/** "Partly shipped": an unknown status is its code in words. */
export function orderStatusLabel(status: string): string {
  return ORDER[status]?.[0] ?? words(status);
}

export function orderStatusTone(status: string): LabelTone {
  return ORDER[status]?.[1] ?? 'neutral';
}

export function shipmentStatusLabel(status: string): string {
  return SHIPMENT[status]?.[0] ?? words(status);
}

export function shipmentStatusTone(status: string): LabelTone {
  return SHIPMENT[status]?.[1] ?? 'neutral';
}

export function paymentStatusLabel(status: string): string {
  return PAYMENT[status] ?? words(status);
}

export function returnStatusLabel(status: string): string {
  return RETURN[status] ?? words(status);
}

export function returnReasonLabel(reason: string): string {
  return RETURN_REASONS.find(([code]) => code === reason)?.[1] ?? words(reason);
}

/** "1 shipped · 1 delivered": what happened to a line's units so far, or null while nothing has. */
export function lineProgressText(line: { readonly quantity: number; readonly shipped: number; readonly delivered: number; readonly returnRequested: number; readonly returnRefunded: number }): string | null {
  const parts: string[] = [];
  const inTransit = line.shipped - line.delivered;
  if (line.delivered > 0) parts.push(line.delivered === line.quantity ? 'Delivered' : `${line.delivered} delivered`);
  if (inTransit > 0) parts.push(inTransit === line.quantity ? 'Shipped' : `${inTransit} shipped`);
  if (line.returnRefunded > 0) parts.push(`${line.returnRefunded} refunded`);
  else if (line.returnRequested > 0) parts.push(`${line.returnRequested} to be returned`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** "26 Nov 2026": a day in the reader's own time zone; an unreadable value as it came. */
export function formatOrderDate(value: string | Date, options: { readonly timeZone?: string } = {}): { readonly text: string; readonly iso: string } {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return { text: String(value), iso: '' };
  const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', ...(options.timeZone ? { timeZone: options.timeZone } : {}) });
  return { text: format.format(date), iso: date.toISOString() };
}

function words(code: string): string {
  const text = code.replace(/_/g, ' ').trim();
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Unknown';
}
