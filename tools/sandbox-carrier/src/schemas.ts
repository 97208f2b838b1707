import { z } from 'zod';

export const currencies = ['USD', 'EUR', 'GBP', 'JPY'] as const;
export type Currency = (typeof currencies)[number];
export const services = ['ground', 'express'] as const;
export type Service = (typeof services)[number];
export const trackingStatuses = ['label_created', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'cancelled'] as const;
export type TrackingStatus = (typeof trackingStatuses)[number];

const country = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in capitals, e.g. "US"');
const text = (max: number) => z.string().trim().min(1).max(max);

const rateAddress = z.object({ country, region: text(60).optional(), postalCode: text(16) });

const labelAddress = rateAddress.extend({
  name: text(100),
  company: text(100).optional(),
  line1: text(120),
  line2: text(120).optional(),
  city: text(80),
  phone: text(30).optional(),
  email: z.email().optional(),
});
export type LabelAddress = z.infer<typeof labelAddress>;

const dimension = z.number().positive().max(300);
const parcel = z.object({
  weightGrams: z.number().int().positive().max(70_000),
  lengthCm: dimension.optional(),
  widthCm: dimension.optional(),
  heightCm: dimension.optional(),
});
export type Parcel = z.infer<typeof parcel>;
const parcels = z.array(parcel).min(1).max(20);

export const rateRequest = z.object({
  shipFrom: rateAddress.pick({ country: true, postalCode: true }),
  shipTo: rateAddress,
  parcels,
  currency: z.enum(currencies),
});
export type RateRequest = z.infer<typeof rateRequest>;

export const labelRequest = z.object({
  service: z.enum(services),
  shipFrom: labelAddress,
  shipTo: labelAddress,
  parcels,
  reference: text(100),
  currency: z.enum(currencies).default('USD'),
});
export type LabelRequest = z.infer<typeof labelRequest>;

export const eventRequest = z.object({
  trackingNumber: text(40),
  status: z.enum(trackingStatuses),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  description: text(200).optional(),
  duplicateOf: text(60).optional(),
});
export type EventRequest = z.infer<typeof eventRequest>;

export const deliverRequest = z.object({ trackingNumber: text(40) });

export const webhookRequest = z.object({ url: z.url(), secret: z.string().min(1) }).nullable();
