import type { ShipmentStatus } from '@emporium/shipping-domain';
import { z } from 'zod';

/** The sandbox carrier's tracking statuses and ours. */
export const SANDBOX_STATUSES = {
  label_created: 'label_purchased',
  in_transit: 'in_transit',
  out_for_delivery: 'out_for_delivery',
  delivered: 'delivered',
  exception: 'exception',
  cancelled: 'cancelled',
} as const satisfies Record<string, ShipmentStatus>;

const sandboxStatus = z.enum(Object.keys(SANDBOX_STATUSES) as [keyof typeof SANDBOX_STATUSES, ...(keyof typeof SANDBOX_STATUSES)[]]);
const currency = z.string().regex(/^[A-Z]{3}$/);
const minor = z.number().int();

export const ratesResponse = z.object({
  rates: z.array(
    z.object({
      service: z.string().min(1),
      amount: minor.nonnegative(),
      currency,
      transitDays: z.object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() }),
    }),
  ),
});

export const labelResponse = z.object({
  labelId: z.string().min(1),
  trackingNumber: z.string().min(1),
  service: z.string().min(1),
  parcels: z.array(z.object({ trackingNumber: z.string().min(1) })).min(1),
  amount: minor.nonnegative(),
  currency,
  reference: z.string(),
  status: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});

export const cancelResponse = z.object({ labelId: z.string(), status: z.literal('cancelled') });

const location = z.object({
  city: z.string(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string(),
});

const trackingEvent = z.object({
  id: z.string().min(1),
  status: sandboxStatus,
  occurredAt: z.iso.datetime({ offset: true }),
  description: z.string(),
  location: location.nullish(),
});

export const trackingResponse = z.object({
  trackingNumber: z.string().min(1),
  status: sandboxStatus.nullish(),
  events: z.array(trackingEvent),
});

/** A webhook's body: `type` is checked separately, so a new kind of event is skipped, not refused. */
export const webhookEnvelope = z.object({ type: z.string().min(1) });
export const trackingWebhook = trackingEvent.extend({ type: z.literal('tracking.updated'), trackingNumber: z.string().min(1) });

export type SandboxTrackingEvent = z.infer<typeof trackingEvent>;
