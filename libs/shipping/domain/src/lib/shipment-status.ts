import type { Result } from './result';

/**
 * Where a shipment is. `pending` → `label_purchased` → `in_transit` → `out_for_delivery` → `delivered`, with
 * `exception` (a problem on the way, which later events can clear), and the ends `delivered`, `returned_to_sender`
 * and `cancelled`.
 */
export const SHIPMENT_STATUSES = [
  'pending',
  'label_purchased',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'exception',
  'returned_to_sender',
  'cancelled',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** Statuses nothing moves a shipment out of. */
export const FINAL_STATUSES: ReadonlySet<ShipmentStatus> = new Set(['delivered', 'returned_to_sender', 'cancelled']);

/** How far along the journey a status is: breaks ties between events of the same instant. */
const PROGRESS: Readonly<Record<ShipmentStatus, number>> = {
  pending: 0,
  label_purchased: 1,
  in_transit: 2,
  exception: 2,
  out_for_delivery: 3,
  delivered: 4,
  returned_to_sender: 4,
  cancelled: 4,
};

/** A carrier's tracking event as the shipment keeps it: its own id (for deduplication), status and time. */
export interface TrackingEvent {
  readonly id: string;
  readonly status: ShipmentStatus;
  readonly occurredAt: Date;
}

/** The event that decides a shipment's status now, or null before the carrier has said anything. */
export interface TrackingState {
  readonly status: ShipmentStatus;
  readonly decidedBy: TrackingEvent | null;
}

/**
 * Whether `candidate` should decide the status over `current`. Carriers deliver webhooks late, twice and out of
 * order, so the status is a function of the set of events received, never of their arrival order:
 * 1. an event with a final status (delivered, returned, cancelled) beats any that is not — nothing leaves an end;
 * 2. otherwise the later `occurredAt` wins — an older event never moves the status backwards;
 * 3. at the same instant the further status wins, then the larger event id (a total order: every arrival order of
 *    the same events gives the same answer).
 */
export function decides(candidate: TrackingEvent, current: TrackingEvent): boolean {
  const finalDiff = Number(FINAL_STATUSES.has(candidate.status)) - Number(FINAL_STATUSES.has(current.status));
  if (finalDiff !== 0) return finalDiff > 0;
  const timeDiff = candidate.occurredAt.getTime() - current.occurredAt.getTime();
  if (timeDiff !== 0) return timeDiff > 0;
  const progressDiff = PROGRESS[candidate.status] - PROGRESS[current.status];
  if (progressDiff !== 0) return progressDiff > 0;
  return candidate.id > current.id;
}

/**
 * The state after one more tracking event. A repeated event (same id) changes nothing; so does an event that does
 * not decide (see `decides`) and any event once the shipment was cancelled by staff (a cancelled label is void).
 * Events are applied only to shipments with a label: before that the carrier knows nothing of them.
 */
export function applyTrackingEvent(state: TrackingState, event: TrackingEvent): TrackingState & { readonly changed: boolean } {
  const unchanged = { ...state, changed: false };
  if (state.status === 'cancelled' || state.status === 'pending') return unchanged;
  if (state.decidedBy && (state.decidedBy.id === event.id || !decides(event, state.decidedBy))) return unchanged;
  return { status: event.status, decidedBy: event, changed: event.status !== state.status };
}

/** What staff (or the label purchase) do to a shipment, as opposed to what the carrier reports. */
export type ShipmentAction = 'purchase_label' | 'mark_shipped' | 'cancel';

export interface TransitionRefused {
  readonly type: 'TransitionRefused';
  readonly from: ShipmentStatus;
  readonly action: ShipmentAction;
}

const ALLOWED: Readonly<Record<ShipmentAction, { readonly from: readonly ShipmentStatus[]; readonly to: ShipmentStatus }>> = {
  purchase_label: { from: ['pending'], to: 'label_purchased' },
  // Handed to the carrier without a scan yet (or shipped with a label bought elsewhere).
  mark_shipped: { from: ['pending', 'label_purchased'], to: 'in_transit' },
  // Only before the parcel moves: once the carrier has it, it is returned, not cancelled.
  cancel: { from: ['pending', 'label_purchased'], to: 'cancelled' },
};

/** The status after a staff action, or why it is refused. */
export function transition(from: ShipmentStatus, action: ShipmentAction): Result<ShipmentStatus, TransitionRefused> {
  const rule = ALLOWED[action];
  return rule.from.includes(from) ? { ok: true, value: rule.to } : { ok: false, error: { type: 'TransitionRefused', from, action } };
}

/**
 * Whether goods of a shipment can be sent back: once they left (the customer has them, or may), and not after a
 * bounce brought them home or before they went.
 */
export function acceptsReturns(status: ShipmentStatus): boolean {
  return status === 'in_transit' || status === 'out_for_delivery' || status === 'delivered' || status === 'exception';
}
