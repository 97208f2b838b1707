import { SHIPMENT_STATUSES, type ShipmentAction, type ShipmentStatus, transition } from '@emporium/shipping-domain';
import { apiErrorReason } from '../../lib/api-error';
import { describeProblem } from '../lib/api-problems';

export type ShipmentTone = 'neutral' | 'success' | 'danger' | 'accent';

const LABELS: Readonly<Record<ShipmentStatus, string>> = {
  pending: 'Pending',
  label_purchased: 'Label bought',
  in_transit: 'In transit',
  out_for_delivery: 'Out for delivery',
  delivered: 'Delivered',
  exception: 'Exception',
  returned_to_sender: 'Returned to sender',
  cancelled: 'Cancelled',
};

const TONES: Readonly<Record<ShipmentStatus, ShipmentTone>> = {
  pending: 'neutral',
  label_purchased: 'accent',
  in_transit: 'accent',
  out_for_delivery: 'accent',
  delivered: 'success',
  exception: 'danger',
  returned_to_sender: 'danger',
  cancelled: 'neutral',
};

export function isShipmentStatus(value: string | null | undefined): value is ShipmentStatus {
  return typeof value === 'string' && (SHIPMENT_STATUSES as readonly string[]).includes(value);
}

/** "Label bought", "Out for delivery": a status as staff read it; an unknown one is its code with spaces. */
export function shipmentStatusLabel(status: string): string {
  return isShipmentStatus(status) ? LABELS[status] : status.replace(/_/g, ' ');
}

export function shipmentStatusTone(status: string): ShipmentTone {
  return isShipmentStatus(status) ? TONES[status] : 'neutral';
}

/** The list's status filter: every status, after "All statuses". */
export const STATUS_FILTERS: ReadonlyArray<{ readonly value: ShipmentStatus | 'all'; readonly label: string }> = [
  { value: 'all', label: 'All statuses' },
  ...SHIPMENT_STATUSES.map((status) => ({ value: status, label: LABELS[status] })),
];

/** The filter the URL names, or undefined (all) for a missing or unknown one. */
export function readStatusFilter(value: string | null): ShipmentStatus | undefined {
  return isShipmentStatus(value) ? value : undefined;
}

/** The `kind` filter from the URL: outbound or return; anything else means both. */
export function readKindFilter(value: string | null): 'outbound' | 'return' | undefined {
  return value === 'outbound' || value === 'return' ? value : undefined;
}

/**
 * Whether a staff action may be tried from this status: the shipping rules' own `transition`, so the buttons
 * agree with what the API will accept (it still decides, and its refusal is shown if the status moved meanwhile).
 */
export function canDo(action: ShipmentAction, status: string): boolean {
  return isShipmentStatus(status) && transition(status, action).ok;
}

/** The tracking numbers of the parcels that have one, in parcel order. */
export function trackingNumbers(parcels: ReadonlyArray<{ readonly index: number; readonly trackingNumber: string | null }>): string[] {
  return [...parcels].sort((a, b) => a.index - b.index).flatMap((parcel) => (parcel.trackingNumber ? [parcel.trackingNumber] : []));
}

/** "2.45 kg" or "850 g". */
export function formatWeight(grams: number): string {
  return grams >= 1000 ? `${(grams / 1000).toLocaleString('en-GB', { maximumFractionDigits: 2 })} kg` : `${grams} g`;
}

/** One address as lines, leaving out what is blank. */
export function addressLines(address: {
  readonly name: string;
  readonly company?: string;
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  readonly region?: string;
  readonly postalCode: string;
  readonly country: string;
}): string[] {
  return [address.name, address.company, address.line1, address.line2, [address.city, address.region, address.postalCode].filter(Boolean).join(' '), address.country].flatMap(
    (line) => (line && line.trim() ? [line.trim()] : []),
  );
}

/**
 * Why an action on a shipment failed: a refused transition and an unavailable carrier in the server's words (they
 * say what to do: "buying the label again is safe"), anything else as the admin explains problems.
 */
export function shipmentActionProblem(error: unknown): string {
  const reason = apiErrorReason(error);
  const message = describeProblem(error);
  if (reason === 'CARRIER_UNAVAILABLE') return `The carrier is unavailable. ${message}`;
  if (reason === 'TRANSITION_REFUSED') return `Not allowed now. ${message}`;
  return message;
}
