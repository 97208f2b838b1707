import { type CurrencyCode } from '@emporium/money';
import { verifyTimestampedHmac, WEBHOOK_TOLERANCE_SECONDS } from '@emporium/signed-webhooks';
import { z } from 'zod';
import type {
  Carrier,
  CarrierAddress,
  CarrierQuote,
  CarrierTrackingEvent,
  LabelRequest,
  ParcelSpec,
  PurchasedLabel,
  QuoteRequest,
  TrackingReport,
  WebhookResult,
} from './carrier';
import { CarrierRejected, IdempotencyConflict } from './carrier-errors';
import { carrierHttpClient, type CarrierHttpOptions } from './http-client';
import {
  cancelResponse,
  labelResponse,
  ratesResponse,
  SANDBOX_STATUSES,
  type SandboxTrackingEvent,
  trackingResponse,
  trackingWebhook,
  webhookEnvelope,
} from './sandbox-schemas';

export const SANDBOX_CARRIER_CODE = 'sandbox-carrier';

/** Its configuration, as `env.ts` validates it. */
export const sandboxCarrierConfig = z.object({
  baseUrl: z.url(),
  apiKey: z.string().min(1),
  /** One secret, or several while rotating (any of them verifies). */
  webhookSecret: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /** Per attempt; default 5000 ms. */
  timeoutMs: z.number().int().positive().optional(),
  /** Retries after the first attempt (network errors, timeouts, 5xx); default 2. */
  retries: z.number().int().min(0).max(10).optional(),
  /** For a whole call, retries included. */
  deadlineMs: z.number().int().positive().optional(),
});
export type SandboxCarrierConfig = z.infer<typeof sandboxCarrierConfig>;

/** Test seams: backoff timing and randomness, another fetch. */
export type SandboxCarrierTuning = Pick<CarrierHttpOptions, 'backoff' | 'random' | 'sleep' | 'fetch'>;

const SERVICE_NAMES: Readonly<Record<string, string>> = { ground: 'Sandbox Ground', express: 'Sandbox Express' };

/** The sandbox carrier (`tools/sandbox-carrier`) over HTTP: the model for a real carrier's adapter. */
export function sandboxCarrier(config: SandboxCarrierConfig, tuning: SandboxCarrierTuning = {}): Carrier {
  const code = SANDBOX_CARRIER_CODE;
  const http = carrierHttpClient({
    carrier: code,
    baseUrl: config.baseUrl,
    headers: { authorization: `Bearer ${config.apiKey}` },
    ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
    ...(config.retries === undefined ? {} : { retries: config.retries }),
    ...(config.deadlineMs === undefined ? {} : { deadlineMs: config.deadlineMs }),
    ...tuning,
  });
  const secrets = typeof config.webhookSecret === 'string' ? [config.webhookSecret] : config.webhookSecret;

  const toEvent = (trackingNumber: string, event: SandboxTrackingEvent): CarrierTrackingEvent => ({
    id: event.id,
    carrier: code,
    trackingNumber,
    status: SANDBOX_STATUSES[event.status],
    carrierStatus: event.status,
    occurredAt: new Date(event.occurredAt),
    description: event.description,
    location: event.location
      ? {
          city: event.location.city,
          country: event.location.country,
          ...(event.location.region ? { region: event.location.region } : {}),
          ...(event.location.postalCode ? { postalCode: event.location.postalCode } : {}),
        }
      : null,
  });

  return {
    code,

    async quote(request: QuoteRequest, options = {}): Promise<CarrierQuote[]> {
      const { body } = await http.request({
        method: 'POST',
        path: '/v1/rates',
        body: {
          shipFrom: { country: request.shipFrom.country, postalCode: request.shipFrom.postalCode },
          shipTo: { country: request.shipTo.country, region: request.shipTo.region, postalCode: request.shipTo.postalCode },
          parcels: request.parcels.map(toParcel),
          currency: request.currency,
        },
        schema: ratesResponse,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return body.rates.map((rate) => ({
        carrier: code,
        service: rate.service,
        name: SERVICE_NAMES[rate.service] ?? `Sandbox ${rate.service}`,
        amount: { amount: rate.amount, currency: rate.currency as CurrencyCode },
        transitDays: { min: rate.transitDays.min, max: rate.transitDays.max },
      }));
    },

    async createLabel(request: LabelRequest): Promise<PurchasedLabel> {
      if (!request.idempotencyKey.trim()) throw new RangeError('createLabel: the caller must derive and store an idempotencyKey first');
      let response;
      try {
        response = await http.request({
          method: 'POST',
          path: '/v1/labels',
          headers: { 'idempotency-key': request.idempotencyKey },
          body: {
            service: request.service,
            shipFrom: toAddress(request.shipFrom),
            shipTo: toAddress(request.shipTo),
            parcels: request.parcels.map(toParcel),
            reference: request.reference,
            currency: request.currency,
          },
          schema: labelResponse,
        });
      } catch (error) {
        if (error instanceof CarrierRejected && error.code === 'idempotency_key_reused') {
          throw new IdempotencyConflict(code, request.idempotencyKey, error.message);
        }
        throw error;
      }
      const label = response.body;
      const createdAt = new Date(label.createdAt);
      return {
        carrier: code,
        labelId: label.labelId,
        service: label.service,
        trackingNumber: label.trackingNumber,
        parcels: label.parcels.map(({ trackingNumber }) => ({ trackingNumber })),
        amount: { amount: label.amount, currency: label.currency as CurrencyCode },
        createdAt,
        replayed: response.headers.get('idempotent-replayed') === 'true',
        document: {
          carrier: 'Sandbox Carrier',
          service: SERVICE_NAMES[label.service] ?? label.service,
          shipFrom: request.shipFrom,
          shipTo: request.shipTo,
          reference: request.reference,
          createdAt,
          ...(request.isReturn ? { isReturn: true } : {}),
          parcels: label.parcels.map(({ trackingNumber }, index) => ({
            trackingNumber,
            weightGrams: request.parcels[index]?.weightGrams ?? 0,
            index: index + 1,
            count: label.parcels.length,
          })),
        },
        pdf: null,
      };
    },

    async cancelLabel({ labelId }) {
      try {
        await http.request({ method: 'POST', path: `/v1/labels/${encodeURIComponent(labelId)}/cancel`, schema: cancelResponse });
        return { cancelled: true };
      } catch (error) {
        // The parcel has moved: it is returned now, not cancelled.
        if (error instanceof CarrierRejected && error.code === 'label_in_transit') return { cancelled: false };
        throw error;
      }
    },

    async track(trackingNumber: string): Promise<TrackingReport> {
      const { body } = await http.request({
        method: 'GET',
        path: `/v1/tracking/${encodeURIComponent(trackingNumber)}`,
        schema: trackingResponse,
      });
      return {
        carrier: code,
        trackingNumber: body.trackingNumber,
        status: body.status ? SANDBOX_STATUSES[body.status] : null,
        events: body.events.map((event) => toEvent(body.trackingNumber, event)),
      };
    },

    parseWebhook({ headers, rawBody, now }): WebhookResult {
      const check = verifyTimestampedHmac({
        header: headers.get('sandbox-signature'),
        rawBody,
        secrets,
        now,
        toleranceSeconds: WEBHOOK_TOLERANCE_SECONDS,
      });
      if (!check.ok) return check;
      let json: unknown;
      try {
        json = JSON.parse(rawBody);
      } catch {
        return { ok: false, reason: 'malformed' };
      }
      const envelope = webhookEnvelope.safeParse(json);
      if (!envelope.success) return { ok: false, reason: 'malformed' };
      // A kind of event we do not use yet: acknowledged, nothing to apply.
      if (envelope.data.type !== 'tracking.updated') return { ok: true, events: [] };
      const event = trackingWebhook.safeParse(json);
      if (!event.success) return { ok: false, reason: 'malformed' };
      return { ok: true, events: [toEvent(event.data.trackingNumber, event.data)] };
    },
  };
}

function toParcel(parcel: ParcelSpec) {
  const size = parcel.dimensionsCm;
  return {
    weightGrams: parcel.weightGrams,
    ...(size ? { lengthCm: size.length, widthCm: size.width, heightCm: size.height } : {}),
  };
}

/** Only the fields the sandbox knows, in a fixed order: a retry after a crash sends the same body. */
function toAddress(address: CarrierAddress) {
  return {
    name: address.name,
    company: address.company,
    line1: address.line1,
    line2: address.line2,
    city: address.city,
    region: address.region,
    postalCode: address.postalCode,
    country: address.country,
    phone: address.phone,
    email: address.email,
  };
}
