import { randomInt } from 'node:crypto';
import { zero } from '@emporium/money';
import {
  applyTrackingEvent,
  describeShippingError,
  quoteMethods,
  type ShippingMethod,
  type ShippingZone,
  type TrackingState,
} from '@emporium/shipping-domain';
import { z } from 'zod';
import type { Carrier, CarrierTrackingEvent, LabelDocument, QuoteRequest, TrackingReport } from './carrier';
import { CarrierRejected } from './carrier-errors';

export const TABLE_RATE_CODE = 'table-rate';

/** Nothing to configure but its name on labels: zones and methods come from the shop's data, the sender from the shipment. */
export const tableRateCarrierConfig = z.object({ labelName: z.string().min(1).optional() });
export type TableRateCarrierConfig = z.infer<typeof tableRateCarrierConfig>;

export interface TableRateDeps {
  /** The merchant's zones and methods that apply to this request (as stored, validated on save). */
  readonly rates: (request: QuoteRequest) => Promise<{ zones: readonly ShippingZone[]; methods: readonly ShippingMethod[] }>;
  /** Draws the label PDF, e.g. `renderLabelPdf` of `@emporium/shipping-documents`. */
  readonly renderLabel: (document: LabelDocument) => Promise<Buffer>;
  /** Digits of a new tracking number (`randomTrackingDigits` in production); the label shows "EMP" + them. */
  readonly newTrackingNumber: () => string;
  /**
   * The tracking events the shop recorded itself for a tracking number (staff scans, "handed to the post office").
   * Without it `track` answers an empty report: no carrier tells us anything about these parcels.
   */
  readonly trackingEvents?: (trackingNumber: string) => Promise<readonly CarrierTrackingEvent[]>;
  readonly now?: () => Date;
  /** Printed as the carrier on labels; default "Emporium". */
  readonly labelName?: string;
}

/** 12 random digits (node:crypto): one in 10^12, and the shipment's unique index catches the rare clash. */
export function randomTrackingDigits(): string {
  return Array.from({ length: 12 }, () => randomInt(10)).join('');
}

/**
 * The merchant's own zones and methods (shipping-domain's `quoteMethods`), labels drawn by us. Nothing is bought
 * from anyone: a label costs nothing, cancelling always succeeds, and there are no webhooks. A repeated
 * `createLabel` draws a new label with a new number — harmless, since nothing was bought; the caller keeps the one
 * it stored. A quote's `service` is the method's id, which `createLabel` prints by its name.
 */
export function tableRateCarrier(deps: TableRateDeps): Carrier {
  const code = TABLE_RATE_CODE;
  const now = deps.now ?? (() => new Date());
  const labelName = deps.labelName ?? 'Emporium';

  return {
    code,

    async quote(request) {
      if (request.subtotal.currency !== request.currency) {
        throw new RangeError(`quote: subtotal in ${request.subtotal.currency}, quote asked in ${request.currency}`);
      }
      const { zones, methods } = await deps.rates(request);
      const weightGrams = request.parcels.reduce((sum, parcel) => sum + parcel.weightGrams, 0);
      const quote = quoteMethods(zones, methods, { address: request.shipTo, subtotal: request.subtotal, weightGrams });
      if (!quote.ok) {
        // No zone covers the address: the merchant does not ship there, which is an answer, not a failure.
        if (quote.error.type === 'NoZoneForAddress') return [];
        throw new CarrierRejected(code, quote.error.type, describeShippingError(quote.error));
      }
      return quote.value.options.map((option) => ({
        carrier: code,
        service: option.methodId,
        name: option.name,
        amount: option.amount,
        transitDays: { min: option.transitDays.min, max: option.transitDays.max },
        free: option.free,
      }));
    },

    async createLabel(request) {
      if (!request.idempotencyKey.trim()) throw new RangeError('createLabel: the caller must derive and store an idempotencyKey first');
      if (request.parcels.length === 0) throw new RangeError('createLabel: a label needs at least one parcel');
      const trackingNumbers = request.parcels.map(() => {
        const digits = deps.newTrackingNumber();
        if (!/^\d{6,30}$/.test(digits)) throw new RangeError(`newTrackingNumber must give 6–30 digits, gave "${digits}"`);
        return `EMP${digits}`;
      });
      const createdAt = now();
      const document: LabelDocument = {
        carrier: labelName,
        service: request.serviceName ?? request.service,
        shipFrom: request.shipFrom,
        shipTo: request.shipTo,
        reference: request.reference,
        createdAt,
        ...(request.isReturn ? { isReturn: true } : {}),
        parcels: request.parcels.map((parcel, index) => ({
          trackingNumber: trackingNumbers[index] ?? '',
          weightGrams: parcel.weightGrams,
          index: index + 1,
          count: request.parcels.length,
        })),
      };
      const pdf = await deps.renderLabel(document);
      const [trackingNumber = ''] = trackingNumbers;
      return {
        carrier: code,
        // Our label has no id at any carrier: the shipment's tracking number names it.
        labelId: trackingNumber,
        service: request.service,
        trackingNumber,
        parcels: trackingNumbers.map((number) => ({ trackingNumber: number })),
        amount: zero(request.currency),
        createdAt,
        replayed: false,
        document,
        pdf,
      };
    },

    async cancelLabel() {
      return { cancelled: true };
    },

    async track(trackingNumber): Promise<TrackingReport> {
      const events = [...((await deps.trackingEvents?.(trackingNumber)) ?? [])].sort(
        (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime(),
      );
      let state: TrackingState = { status: 'label_purchased', decidedBy: null };
      for (const event of events) state = applyTrackingEvent(state, event);
      return { carrier: code, trackingNumber, status: events.length > 0 ? state.status : null, events };
    },

    parseWebhook() {
      return { ok: false, reason: 'malformed' };
    },
  };
}
