import { type SandboxCarrier, startSandboxCarrier } from '@emporium/sandbox-carrier';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { labelRequest, quoteRequest, shopper } from '../testing/fixtures';
import { CarrierRejected, CarrierUnavailable, IdempotencyConflict } from './carrier-errors';
import { sandboxCarrier } from './sandbox-carrier';

const apiKey = 'sk_test_carriers';
let sandbox: SandboxCarrier;

beforeAll(async () => {
  sandbox = await startSandboxCarrier({ apiKey, port: 0, timeline: { stepMs: 0 }, hangMs: 3000 });
});
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.control.clearFailures());

/** Quick backoff so retries do not slow the suite; timing itself is proven in http-client.spec.ts. */
const carrier = (options: { timeoutMs?: number; retries?: number; deadlineMs?: number } = {}) =>
  sandboxCarrier(
    { baseUrl: sandbox.url, apiKey, webhookSecret: 'whsec_test', timeoutMs: 1000, retries: 2, ...options },
    { backoff: { baseMs: 10, maxMs: 50 } },
  );

const labelsFor = (key: string) => sandbox.labels().filter((label) => label.idempotencyKey === key);

describe('sandbox carrier: rates', () => {
  it('maps the sandbox rates to quotes in the requested currency', async () => {
    const quotes = await carrier().quote(quoteRequest());
    expect(quotes.map((quote) => quote.service)).toEqual(['ground', 'express']);
    for (const quote of quotes) {
      expect(quote.carrier).toBe('sandbox-carrier');
      expect(quote.amount.currency).toBe('USD');
      expect(Number.isSafeInteger(quote.amount.amount) && quote.amount.amount > 0).toBe(true);
      expect(quote.transitDays.min).toBeLessThanOrEqual(quote.transitDays.max);
    }
    expect(quotes[0]?.name).toBe('Sandbox Ground');
    expect(quotes[1]!.amount.amount).toBeGreaterThan(quotes[0]!.amount.amount);
  });

  it('throws CarrierRejected with the field errors when the carrier refuses the request', async () => {
    const error = await carrier()
      .quote(quoteRequest({ shipTo: { country: 'US' } }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierRejected);
    expect(error).toMatchObject({ code: 'invalid_request', details: { status: 400 } });
    expect(Object.keys((error as CarrierRejected).details.fieldErrors ?? {})).toContain('shipTo.postalCode');
  });
});

describe('sandbox carrier: label purchase', () => {
  it('buys a label with one tracking number per parcel and the data to render it', async () => {
    const key = 'shipment-buy:label:1';
    const label = await carrier().createLabel(
      labelRequest({ idempotencyKey: key, parcels: [{ weightGrams: 800 }, { weightGrams: 1500 }] }),
    );
    expect(label.trackingNumber).toMatch(/^SBX\d{12}$/);
    expect(label.parcels).toHaveLength(2);
    expect(label.parcels[0]?.trackingNumber).toBe(label.trackingNumber);
    expect(label.replayed).toBe(false);
    expect(label.pdf).toBeNull();
    expect(label.document.parcels.map((parcel) => [parcel.weightGrams, parcel.index, parcel.count])).toEqual([
      [800, 1, 2],
      [1500, 2, 2],
    ]);
    expect(label.document.shipTo).toEqual(shopper);
    expect(labelsFor(key)).toHaveLength(1);
  });

  it('buys exactly one label when the response is lost and the client retries with the same key', async () => {
    const key = 'shipment-lost:label:1';
    sandbox.control.failNext({ next: 1, mode: 'succeed_then_timeout', path: '/v1/labels' });
    const started = performance.now();
    const label = await carrier({ timeoutMs: 300 }).createLabel(labelRequest({ idempotencyKey: key }));
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
    const bought = labelsFor(key);
    expect(bought).toHaveLength(1);
    expect(label.labelId).toBe(bought[0]?.labelId);
    expect(label.trackingNumber).toBe(bought[0]?.trackingNumber);
    expect(label.replayed).toBe(true);
  });

  it('buys one label when the carrier answers 500 twice and then succeeds', async () => {
    const key = 'shipment-500:label:1';
    sandbox.control.failNext({ next: 2, mode: 'error_500', path: '/v1/labels' });
    const label = await carrier({ retries: 2 }).createLabel(labelRequest({ idempotencyKey: key }));
    expect(labelsFor(key)).toHaveLength(1);
    expect(label.labelId).toBe(labelsFor(key)[0]?.labelId);
    expect(sandbox.control.failures()).toEqual([]);
  });

  it('gives up with CarrierUnavailable when every attempt answers 500', async () => {
    sandbox.control.failNext({ next: 3, mode: 'error_500', path: '/v1/labels' });
    const error = await carrier({ retries: 2 })
      .createLabel(labelRequest({ idempotencyKey: 'shipment-500x3:label:1' }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierUnavailable);
    expect(error).toMatchObject({ reason: 'server_error', details: { attempts: 3, status: 500 } });
  });

  it('does not retry a 4xx', async () => {
    const before = sandbox.labels().length;
    const calls: string[] = [];
    const counting: typeof fetch = (input, init) => {
      calls.push(String(input));
      return fetch(input, init);
    };
    const error = await sandboxCarrier({ baseUrl: sandbox.url, apiKey, webhookSecret: 'whsec_test', retries: 3 }, { fetch: counting })
      .createLabel(labelRequest({ idempotencyKey: 'shipment-400:label:1', service: 'teleport' }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarrierRejected);
    expect(error).toMatchObject({ code: 'invalid_request', details: { status: 400 } });
    expect(Object.keys((error as CarrierRejected).details.fieldErrors ?? {})).toContain('service');
    expect(calls).toHaveLength(1);
    expect(sandbox.labels()).toHaveLength(before);
  });

  it('answers CarrierUnavailable within the deadline when every attempt times out, buying nothing', async () => {
    sandbox.control.failNext({ next: 10, mode: 'timeout', path: '/v1/labels' });
    const before = sandbox.labels().length;
    const started = performance.now();
    const error = await carrier({ timeoutMs: 200, retries: 5, deadlineMs: 700 })
      .createLabel(labelRequest({ idempotencyKey: 'shipment-timeout:label:1' }))
      .catch((caught: unknown) => caught);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(CarrierUnavailable);
    expect((error as CarrierUnavailable).reason).toMatch(/^(timeout|deadline)$/);
    // The deadline plus slack for a loaded machine; without it, 6 attempts × 200 ms and the backoff would take longer.
    expect(elapsed).toBeLessThan(1100);
    expect(sandbox.labels()).toHaveLength(before);
  });

  it('turns a key reused for another request into IdempotencyConflict', async () => {
    const key = 'shipment-reuse:label:1';
    await carrier().createLabel(labelRequest({ idempotencyKey: key }));
    const error = await carrier()
      .createLabel(labelRequest({ idempotencyKey: key, reference: 'order-2002' }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IdempotencyConflict);
    expect(labelsFor(key)).toHaveLength(1);
  });

  it('refuses to buy without an idempotency key instead of inventing one', async () => {
    await expect(carrier().createLabel(labelRequest({ idempotencyKey: ' ' }))).rejects.toThrow(RangeError);
  });
});

describe('sandbox carrier: cancel and track', () => {
  it('cancels a label that has not moved, and reports a moved one as not cancelled', async () => {
    const waiting = await carrier().createLabel(labelRequest({ idempotencyKey: 'shipment-cancel:label:1' }));
    expect(await carrier().cancelLabel({ labelId: waiting.labelId })).toEqual({ cancelled: true });

    const moving = await carrier().createLabel(labelRequest({ idempotencyKey: 'shipment-moved:label:1' }));
    await sandbox.control.pushEvent({ trackingNumber: moving.trackingNumber, status: 'in_transit' });
    expect(await carrier().cancelLabel({ labelId: moving.labelId })).toEqual({ cancelled: false });
  });

  it('throws CarrierRejected (404) for an unknown label', async () => {
    await expect(carrier().cancelLabel({ labelId: 'lbl_nope' })).rejects.toMatchObject({ type: 'CarrierRejected', details: { status: 404 } });
  });

  it('tracks a parcel with its events mapped to shipment statuses, oldest first', async () => {
    const label = await carrier().createLabel(labelRequest({ idempotencyKey: 'shipment-track:label:1' }));
    await sandbox.control.deliver(label.trackingNumber);
    const report = await carrier().track(label.trackingNumber);
    expect(report.status).toBe('delivered');
    expect(report.events.map((event) => [event.carrierStatus, event.status])).toEqual([
      ['label_created', 'label_purchased'],
      ['in_transit', 'in_transit'],
      ['out_for_delivery', 'out_for_delivery'],
      ['delivered', 'delivered'],
    ]);
    expect(report.events.every((event) => event.trackingNumber === label.trackingNumber && event.occurredAt instanceof Date)).toBe(true);
    expect(report.events[3]?.location).toMatchObject({ city: 'Portland', country: 'US' });
  });
});
