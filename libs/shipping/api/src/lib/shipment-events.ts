import type { ShipmentKind } from '@emporium/shipping-data-access';
import type { ShipmentStatus } from '@emporium/shipping-domain';

/** Events the shipping service publishes for the order service. */
export const SHIPMENT_LABEL_PURCHASED = 'shipment.label_purchased';
export const SHIPMENT_SHIPPED = 'shipment.shipped';
export const SHIPMENT_DELIVERED = 'shipment.delivered';
export const SHIPMENT_EXCEPTION = 'shipment.exception';

/** Which shipment an event is about: a return names the outbound shipment it brings goods back from. */
export interface ShipmentIdentity {
  readonly shipmentId: string;
  readonly orderRef: string;
  readonly kind: ShipmentKind;
  readonly returnOf: string | null;
}

export function shipmentIdentity(shipment: { id: string; orderRef: string; kind: ShipmentKind; returnOf: string | null }): ShipmentIdentity {
  return { shipmentId: shipment.id, orderRef: shipment.orderRef, kind: shipment.kind, returnOf: shipment.returnOf };
}

export interface ShipmentLabelPurchased extends ShipmentIdentity {
  readonly carrier: string;
  readonly service: string;
  readonly trackingNumbers: readonly string[];
  /** What the carrier charged, in minor units of `currency`. */
  readonly amount: number;
  readonly currency: string;
}

/** `shipment.shipped`, `shipment.delivered` and `shipment.exception`: the shipment reached that status. */
export interface ShipmentStatusReached extends ShipmentIdentity {
  readonly carrier: string;
  readonly status: ShipmentStatus;
  readonly trackingNumber: string | null;
  /** When it happened: the carrier event's time, or now for a staff action. */
  readonly occurredAt: string;
  /** `staff` (marked by hand) or `carrier` (a tracking event). */
  readonly source: 'staff' | 'carrier';
}

/** The event a status change announces: leaving for transit (from pending or label_purchased), delivery, a problem. */
export function eventForStatusChange(from: ShipmentStatus, to: ShipmentStatus): string | null {
  if (to === 'delivered') return SHIPMENT_DELIVERED;
  if (to === 'exception') return SHIPMENT_EXCEPTION;
  if ((to === 'in_transit' || to === 'out_for_delivery') && (from === 'pending' || from === 'label_purchased')) return SHIPMENT_SHIPPED;
  return null;
}
