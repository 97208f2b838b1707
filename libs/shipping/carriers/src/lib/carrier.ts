import type { CurrencyCode, Money } from '@emporium/money';
import type { PostalAddress, ShipmentStatus } from '@emporium/shipping-domain';

/** Where a rate is quoted for: what a checkout knows before the shopper has typed a street. */
export interface RatingAddress {
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  readonly region?: string;
  /** Optional for the table rate (zones may not need one); carriers that rate by postcode refuse a quote without. */
  readonly postalCode?: string;
}

/** A full postal address, as printed on a label. */
export type CarrierAddress = PostalAddress;

/** One box as packed (`packParcels`): whole grams with packaging, outside measurements in centimetres if known. */
export interface ParcelSpec {
  readonly weightGrams: number;
  readonly dimensionsCm?: { readonly length: number; readonly width: number; readonly height: number };
}

export interface QuoteRequest {
  readonly shipFrom: RatingAddress;
  readonly shipTo: RatingAddress;
  readonly parcels: readonly ParcelSpec[];
  /** The currency the shopper pays in; every quote is in it, nothing is converted. */
  readonly currency: CurrencyCode;
  /** The order's subtotal in `currency` (after discounts), for free-shipping thresholds. */
  readonly subtotal: Money;
}

/** One service a carrier offers for a request. */
export interface CarrierQuote {
  /** The carrier's `code`. */
  readonly carrier: string;
  /** What to pass back as `LabelRequest.service` (the table rate's method id, the sandbox's `ground`/`express`). */
  readonly service: string;
  /** What the shopper reads. */
  readonly name: string;
  readonly amount: Money;
  /** Working days after dispatch. */
  readonly transitDays: { readonly min: number; readonly max: number };
  /** Free because the subtotal reached a free-shipping threshold. */
  readonly free?: boolean;
}

export interface LabelRequest {
  /**
   * Derived and stored by the caller BEFORE the call (e.g. `${shipmentId}:label:${attempt}`) and sent again,
   * unchanged, on every retry — the HTTP client's and the caller's own after a crash. The carrier answers the label
   * already bought for it, so a retried purchase never buys two. Adapters never invent one.
   */
  readonly idempotencyKey: string;
  /** The quote's `service`. */
  readonly service: string;
  /** The quote's `name`, printed on labels we draw ourselves; default `service`. */
  readonly serviceName?: string;
  readonly shipFrom: CarrierAddress;
  readonly shipTo: CarrierAddress;
  readonly parcels: readonly ParcelSpec[];
  /** The order number the warehouse and the shopper know the shipment by. */
  readonly reference: string;
  readonly currency: CurrencyCode;
  /** A return label: the customer (`shipFrom`) sends goods back to the shop (`shipTo`). */
  readonly isReturn?: boolean;
}

/** What a label shows, in the shape `@emporium/shipping-documents`' `renderLabelPdf` takes. */
export interface LabelDocument {
  carrier: string;
  service: string;
  shipFrom: CarrierAddress;
  shipTo: CarrierAddress;
  reference: string;
  createdAt: Date;
  parcels: { trackingNumber: string; weightGrams: number; index: number; count: number }[];
  isReturn?: boolean;
}

export interface PurchasedLabel {
  readonly carrier: string;
  readonly labelId: string;
  readonly service: string;
  /** The shipment's tracking number: the first parcel's. */
  readonly trackingNumber: string;
  /** One per parcel, in the order of the request's parcels. */
  readonly parcels: readonly { readonly trackingNumber: string }[];
  /** What the carrier charged us (zero for labels we draw ourselves). */
  readonly amount: Money;
  readonly createdAt: Date;
  /** True when the carrier answered a label bought earlier under the same idempotency key. */
  readonly replayed: boolean;
  /** Everything needed to render the label (pass it to the label renderer when `pdf` is null). */
  readonly document: LabelDocument;
  /** The label's PDF when the carrier returned one or we drew it at purchase; null: render `document`. */
  readonly pdf: Buffer | null;
}

export interface EventLocation {
  readonly city: string;
  readonly region?: string;
  readonly postalCode?: string;
  readonly country: string;
}

/**
 * A tracking event as a carrier reports it, mapped to our statuses. It is a shipping-domain `TrackingEvent`
 * (`id`, `status`, `occurredAt`), so it folds with `applyTrackingEvent` as it is.
 */
export interface CarrierTrackingEvent {
  /** The carrier's own event id: the same on every redelivery, so store (carrier, id) to deduplicate. */
  readonly id: string;
  readonly carrier: string;
  readonly trackingNumber: string;
  readonly status: ShipmentStatus;
  /** The carrier's own word for it (`label_created`), for logs and support. */
  readonly carrierStatus: string;
  readonly occurredAt: Date;
  readonly description: string;
  readonly location: EventLocation | null;
}

export interface TrackingReport {
  readonly carrier: string;
  readonly trackingNumber: string;
  /** The carrier's current status, or null when it has reported nothing yet. */
  readonly status: ShipmentStatus | null;
  /** Oldest first. */
  readonly events: readonly CarrierTrackingEvent[];
}

export interface WebhookRequest {
  readonly headers: Headers;
  /** The body exactly as received: signatures are over these bytes, never over re-serialised JSON. */
  readonly rawBody: string;
  readonly now: Date;
}

export type WebhookRefusal = 'bad_signature' | 'stale_timestamp' | 'malformed';

export type WebhookResult =
  | { readonly ok: true; readonly events: readonly CarrierTrackingEvent[] }
  | { readonly ok: false; readonly reason: WebhookRefusal };

/**
 * A carrier as the shipping service sees it. Expected failures are thrown as the typed errors of
 * `carrier-errors.ts` (`CarrierUnavailable`, `CarrierRejected`, `IdempotencyConflict`); anything else is a bug.
 */
export interface Carrier {
  /** Stable and unique among the configured carriers (`sandbox-carrier`, `table-rate`); stored with shipments. */
  readonly code: string;
  /** The services offered for the request; an empty list when the carrier does not serve the destination. */
  quote(request: QuoteRequest, options?: { signal?: AbortSignal }): Promise<CarrierQuote[]>;
  /** Buys (or draws) a label. The same `idempotencyKey` always answers the same label. */
  createLabel(request: LabelRequest): Promise<PurchasedLabel>;
  /** `cancelled: false` when the carrier refuses because the parcel has already moved. */
  cancelLabel(label: { readonly labelId: string }): Promise<{ cancelled: boolean }>;
  track(trackingNumber: string): Promise<TrackingReport>;
  /** Verifies and parses a webhook delivery. Pure apart from the crypto: never throws, never does I/O. */
  parseWebhook(request: WebhookRequest): WebhookResult;
}
