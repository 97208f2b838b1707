import { randomBytes, randomInt } from 'node:crypto';
import { canonicalJson, HttpError } from './http-kit';
import { priceOf } from './rates';
import type { Currency, EventRequest, LabelAddress, LabelRequest, Parcel, Service, TrackingStatus } from './schemas';
import type { EventLocation, WebhookAttempt, WebhookEvent, WebhookSender } from './webhooks';

/** Everything the sandbox sold, for tests to assert on (e.g. "exactly one label"). */
export interface LabelRecord {
  labelId: string;
  trackingNumber: string;
  parcels: (Parcel & { trackingNumber: string })[];
  service: Service;
  amount: number;
  currency: Currency;
  reference: string;
  shipFrom: LabelAddress;
  shipTo: LabelAddress;
  idempotencyKey: string;
  createdAt: string;
  status: 'purchased' | 'cancelled';
  cancelledAt?: string;
  /** Tracking history, in the order the events happened (by `occurredAt`). */
  events: TrackingEvent[];
}

export type TrackingEvent = Pick<WebhookEvent, 'id' | 'status' | 'occurredAt' | 'description' | 'location'>;

/** The label as the purchase answers it. */
export function labelResponse(label: LabelRecord) {
  return {
    labelId: label.labelId,
    trackingNumber: label.trackingNumber,
    service: label.service,
    parcels: label.parcels.map(({ trackingNumber }) => ({ trackingNumber })),
    amount: label.amount,
    currency: label.currency,
    reference: label.reference,
    status: label.status,
    createdAt: label.createdAt,
  };
}

export interface PushResult {
  event: WebhookEvent;
  /** The first delivery attempt (null without a webhook URL); retries continue in the background. */
  delivery: WebhookAttempt | null;
}

const timeline = ['label_created', 'in_transit', 'out_for_delivery', 'delivered'] as const satisfies TrackingStatus[];

const descriptions: Record<TrackingStatus, string> = {
  label_created: 'Shipping label created; the carrier awaits the parcel',
  in_transit: 'In transit: departed the sandbox sorting hub',
  out_for_delivery: 'Out for delivery',
  delivered: 'Delivered',
  exception: 'Delivery exception: the carrier will try again',
  cancelled: 'Label cancelled',
};

function locationOf(status: TrackingStatus, label: LabelRecord): EventLocation {
  const at = status === 'out_for_delivery' || status === 'delivered' || status === 'exception' ? label.shipTo : label.shipFrom;
  if (status === 'in_transit') return { city: 'Sandbox Sorting Hub', country: label.shipFrom.country };
  return { city: at.city, ...(at.region ? { region: at.region } : {}), postalCode: at.postalCode, country: at.country };
}

interface Entry {
  label: LabelRecord;
  /** Index in `timeline` of the last step the automatic timeline emitted. */
  step: number;
  timer?: NodeJS.Timeout;
  /** Set once /_control/deliver took over: the automatic timeline does nothing more. */
  halted?: boolean;
}

/** The carrier's books: labels, idempotency keys, tracking histories and the timeline that moves parcels along. */
export class Carrier {
  private readonly entries = new Map<string, Entry>();
  private readonly byTracking = new Map<string, Entry>();
  private readonly idempotency = new Map<string, { fingerprint: string; labelId: string }>();
  private lastTimestamp = 0;
  private stopped = false;

  constructor(
    private readonly webhooks: WebhookSender,
    private readonly stepMs: number,
  ) {}

  /** Buys a label once per idempotency key; the same key and body again answers the same label. */
  purchase(idempotencyKey: string, rawBody: unknown, request: LabelRequest): { label: LabelRecord; replayed: boolean } {
    const fingerprint = canonicalJson(rawBody);
    const previous = this.idempotency.get(idempotencyKey);
    if (previous) {
      if (previous.fingerprint !== fingerprint) {
        throw new HttpError(409, 'idempotency_key_reused', 'This Idempotency-Key was used with a different request body.');
      }
      return { label: this.entry(previous.labelId).label, replayed: true };
    }
    const trackingNumber = this.newTrackingNumber();
    const { amount, currency } = priceOf(request.service, request, request.parcels, request.currency);
    const label: LabelRecord = {
      labelId: `lbl_${randomBytes(8).toString('hex')}`,
      trackingNumber,
      parcels: request.parcels.map((parcel, index) => ({ ...parcel, trackingNumber: index === 0 ? trackingNumber : this.newTrackingNumber() })),
      service: request.service,
      amount,
      currency,
      reference: request.reference,
      shipFrom: request.shipFrom,
      shipTo: request.shipTo,
      idempotencyKey,
      createdAt: this.now(),
      status: 'purchased',
      events: [],
    };
    const entry: Entry = { label, step: 0 };
    this.entries.set(label.labelId, entry);
    for (const parcel of label.parcels) this.byTracking.set(parcel.trackingNumber, entry);
    this.idempotency.set(idempotencyKey, { fingerprint, labelId: label.labelId });
    this.scheduleNextStep(entry, this.emit(entry, 'label_created'));
    return { label, replayed: false };
  }

  cancel(labelId: string): LabelRecord {
    const entry = this.entry(labelId);
    const { label } = entry;
    if (label.status === 'cancelled') return label;
    const current = currentStatus(label);
    if (current !== 'label_created') {
      throw new HttpError(409, 'label_in_transit', `The parcel is on its way (status ${current}); the label can no longer be cancelled.`);
    }
    clearTimeout(entry.timer);
    label.status = 'cancelled';
    label.cancelledAt = this.now();
    void this.emit(entry, 'cancelled');
    return label;
  }

  label(labelId: string): LabelRecord {
    return this.entry(labelId).label;
  }

  tracking(trackingNumber: string) {
    const entry = this.byTracking.get(trackingNumber);
    if (!entry) throw new HttpError(404, 'tracking_number_not_found', `No shipment has tracking number ${trackingNumber}.`);
    return { trackingNumber, status: currentStatus(entry.label), events: entry.label.events };
  }

  /** One event now, outside the timeline: any status and time, or a second delivery of an event already sent. */
  async pushEvent(request: EventRequest): Promise<PushResult> {
    const entry = this.byTracking.get(request.trackingNumber);
    if (!entry) throw new HttpError(404, 'tracking_number_not_found', `No shipment has tracking number ${request.trackingNumber}.`);
    if (request.duplicateOf) {
      const original = entry.label.events.find((event) => event.id === request.duplicateOf);
      if (!original) throw new HttpError(404, 'event_not_found', `Shipment ${request.trackingNumber} has no event ${request.duplicateOf}.`);
      const event = this.webhookEvent(entry.label, original);
      return { event, delivery: (await this.webhooks.deliver(event))[0] ?? null };
    }
    return this.emit(entry, request.status, request.occurredAt, request.description);
  }

  /** Runs the rest of the timeline at once, each event's first delivery awaited before the next is sent. */
  async deliver(trackingNumber: string): Promise<PushResult[]> {
    const entry = this.byTracking.get(trackingNumber);
    if (!entry) throw new HttpError(404, 'tracking_number_not_found', `No shipment has tracking number ${trackingNumber}.`);
    if (entry.label.status === 'cancelled') throw new HttpError(409, 'label_cancelled', 'A cancelled label is never delivered.');
    clearTimeout(entry.timer);
    entry.halted = true;
    const results: PushResult[] = [];
    while (entry.step < timeline.length - 1) {
      entry.step += 1;
      results.push(await this.emit(entry, timeline[entry.step] ?? 'delivered'));
    }
    return results;
  }

  labels(): LabelRecord[] {
    return [...this.entries.values()].map(({ label }) => structuredClone(label));
  }

  stop(): void {
    this.stopped = true;
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
  }

  /** The next step follows `stepMs` after the previous event's first delivery attempt, so a healthy receiver sees them in order. */
  private scheduleNextStep(entry: Entry, previous: Promise<unknown>): void {
    if (this.stepMs <= 0) return;
    void previous.catch(() => undefined).then(() => {
      if (this.stopped || entry.halted) return;
      entry.timer = setTimeout(() => {
        if (this.stopped || entry.halted || entry.label.status === 'cancelled' || entry.step >= timeline.length - 1) return;
        entry.step += 1;
        this.scheduleNextStep(entry, this.emit(entry, timeline[entry.step] ?? 'delivered'));
      }, this.stepMs);
    });
  }

  private async emit(entry: Entry, status: TrackingStatus, occurredAt?: string, description?: string): Promise<PushResult> {
    const { label } = entry;
    const event: TrackingEvent = {
      id: `evt_${randomBytes(10).toString('hex')}`,
      status,
      occurredAt: occurredAt ? new Date(occurredAt).toISOString() : this.now(),
      description: description ?? descriptions[status],
      location: locationOf(status, label),
    };
    label.events.push(event);
    label.events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    const webhookEvent = this.webhookEvent(label, event);
    return { event: webhookEvent, delivery: (await this.webhooks.deliver(webhookEvent))[0] ?? null };
  }

  private webhookEvent(label: LabelRecord, event: TrackingEvent): WebhookEvent {
    return { id: event.id, type: 'tracking.updated', trackingNumber: label.trackingNumber, status: event.status, occurredAt: event.occurredAt, description: event.description, location: event.location };
  }

  private entry(labelId: string): Entry {
    const entry = this.entries.get(labelId);
    if (!entry) throw new HttpError(404, 'label_not_found', `No label ${labelId}.`);
    return entry;
  }

  private newTrackingNumber(): string {
    for (;;) {
      const candidate = `SBX${randomInt(0, 1e6).toString().padStart(6, '0')}${randomInt(0, 1e6).toString().padStart(6, '0')}`;
      if (!this.byTracking.has(candidate)) return candidate;
    }
  }

  /** ISO timestamps that strictly increase, so a carrier's own events never tie on `occurredAt`. */
  private now(): string {
    this.lastTimestamp = Math.max(Date.now(), this.lastTimestamp + 1);
    return new Date(this.lastTimestamp).toISOString();
  }
}

/** The status of the latest event by `occurredAt` (a late-arriving older event does not move a parcel back). */
export function currentStatus(label: LabelRecord): TrackingStatus {
  return label.events.at(-1)?.status ?? 'label_created';
}
