import type { StaffShipment } from './shipment-types';

/** What staff fill in to send goods back: units per line (as typed), why, and where to (empty: where it left from). */
export interface ReturnDraft {
  readonly quantities: Readonly<Record<string, string>>;
  readonly reason: string;
  readonly locationId: string;
}

export interface ReturnableLine {
  readonly lineId: string;
  readonly title: string;
  readonly sku: string;
  readonly shipped: number;
  /** Units not already on their way back. */
  readonly left: number;
}

/** The shipment's lines with how many units of each can still be returned. */
export function returnableLines(shipment: Pick<StaffShipment, 'lines' | 'returnable'>): ReturnableLine[] {
  const left = new Map(shipment.returnable.map((line) => [line.lineId, line.quantity]));
  return shipment.lines.map((line) => ({ lineId: line.lineId, title: line.title, sku: line.sku, shipped: line.quantity, left: left.get(line.lineId) ?? 0 }));
}

export function emptyReturnDraft(): ReturnDraft {
  return { quantities: {}, reason: '', locationId: '' };
}

export type ReturnInput = {
  shipmentId: string;
  lines: Array<{ lineId: string; quantity: number }>;
  reason?: string;
  locationId?: string;
};

/**
 * The createReturn input of a draft, or the problems by field (`lines.<lineId>`, `lines`) to show before asking the
 * server. Blank and 0 mean "none of this line"; the server checks the counts again under a lock.
 */
export function returnInput(
  shipmentId: string,
  lines: readonly ReturnableLine[],
  draft: ReturnDraft,
): { ok: true; input: ReturnInput } | { ok: false; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const chosen: Array<{ lineId: string; quantity: number }> = [];
  for (const line of lines) {
    const typed = (draft.quantities[line.lineId] ?? '').trim();
    if (typed === '' || typed === '0') continue;
    const quantity = Number(typed);
    if (!/^\d+$/.test(typed) || !Number.isSafeInteger(quantity)) problems[`lines.${line.lineId}`] = 'Enter a whole number of units';
    else if (quantity > line.left) problems[`lines.${line.lineId}`] = line.left === 0 ? 'Every unit is already being returned' : `At most ${line.left} can still be returned`;
    else chosen.push({ lineId: line.lineId, quantity });
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  if (chosen.length === 0) return { ok: false, problems: { lines: 'Enter how many units of at least one line come back' } };
  const reason = draft.reason.trim();
  return {
    ok: true,
    input: { shipmentId, lines: chosen, ...(reason ? { reason } : {}), ...(draft.locationId ? { locationId: draft.locationId } : {}) },
  };
}
