import { type SandboxCarrier, signSandboxWebhook, startSandboxCarrier } from '@emporium/sandbox-carrier';
import { startWebhookReceiver, type WebhookReceiver } from '@emporium/sandbox-carrier/testing';
import { applyTrackingEvent, type TrackingState } from '@emporium/shipping-domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelRequest } from '../testing/fixtures';
import type { WebhookRequest } from './carrier';
import { sandboxCarrier } from './sandbox-carrier';

const apiKey = 'sk_test_webhooks';
const secret = 'whsec_test_webhooks';
let sandbox: SandboxCarrier;
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  sandbox = await startSandboxCarrier({ apiKey, port: 0, timeline: { stepMs: 0 }, webhook: { url: receiver.url, secret } });
});
afterAll(async () => {
  await sandbox.stop();
  await receiver.stop();
});

const carrier = (webhookSecret: string | string[] = secret) => sandboxCarrier({ baseUrl: sandbox.url, apiKey, webhookSecret });

/** A delivery as the shop's endpoint sees it: the raw body and the fetch-style headers. */
const asRequest = (body: string, signature: string | undefined, now = new Date()): WebhookRequest => ({
  headers: new Headers(signature === undefined ? {} : { 'Sandbox-Signature': signature }),
  rawBody: body,
  now,
});

const body = JSON.stringify({
  id: 'evt_1',
  type: 'tracking.updated',
  trackingNumber: 'SBX000000000001',
  status: 'in_transit',
  occurredAt: '2025-03-03T10:00:00.000Z',
  description: 'In transit',
  location: { city: 'Sandbox Sorting Hub', country: 'US' },
});
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('sandbox carrier: webhooks', () => {
  it("parses the sandbox's own signed deliveries of a whole timeline into events with our statuses", async () => {
    const label = await carrier().createLabel(labelRequest({ idempotencyKey: 'shipment-webhooks:label:1' }));
    await sandbox.control.deliver(label.trackingNumber);
    const deliveries = (await receiver.waitFor(4)).filter((delivery) => delivery.event.trackingNumber === label.trackingNumber);
    expect(deliveries).toHaveLength(4);

    let state: TrackingState = { status: 'label_purchased', decidedBy: null };
    const statuses: string[] = [];
    for (const delivery of deliveries) {
      const headers = new Headers();
      for (const [name, value] of Object.entries(delivery.headers)) if (typeof value === 'string') headers.set(name, value);
      const result = carrier().parseWebhook({ headers, rawBody: delivery.body, now: new Date() });
      if (!result.ok) throw new Error(`refused a genuine delivery: ${result.reason}`);
      for (const event of result.events) {
        expect(event).toMatchObject({ id: delivery.event.id, carrier: 'sandbox-carrier', trackingNumber: label.trackingNumber });
        statuses.push(event.status);
        state = applyTrackingEvent(state, event);
      }
    }
    expect(statuses).toEqual(['label_purchased', 'in_transit', 'out_for_delivery', 'delivered']);
    expect(state.status).toBe('delivered');
  });

  it('accepts a delivery signed with any of the secrets during a rotation', () => {
    const result = carrier(['whsec_new', secret]).parseWebhook(asRequest(body, signSandboxWebhook(secret, body, nowSeconds())));
    expect(result).toMatchObject({ ok: true, events: [{ id: 'evt_1', status: 'in_transit', location: { city: 'Sandbox Sorting Hub' } }] });
  });

  it('refuses a delivery signed with another secret (a forgery) as bad_signature', () => {
    const forged = signSandboxWebhook('whsec_attacker', body, nowSeconds());
    expect(carrier().parseWebhook(asRequest(body, forged))).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a body changed after signing as bad_signature', () => {
    const signature = signSandboxWebhook(secret, body, nowSeconds());
    const tampered = body.replace('in_transit', 'delivered');
    expect(carrier().parseWebhook(asRequest(tampered, signature))).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a missing or unreadable signature header as bad_signature', () => {
    expect(carrier().parseWebhook(asRequest(body, undefined))).toEqual({ ok: false, reason: 'bad_signature' });
    expect(carrier().parseWebhook(asRequest(body, 'v1=abc'))).toEqual({ ok: false, reason: 'bad_signature' });
    expect(carrier().parseWebhook(asRequest(body, `t=${nowSeconds()}`))).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a genuine signature 6 minutes old (a replay) as stale_timestamp, and 6 minutes ahead too', () => {
    const now = new Date();
    const t = Math.floor(now.getTime() / 1000);
    expect(carrier().parseWebhook(asRequest(body, signSandboxWebhook(secret, body, t - 360), now))).toEqual({
      ok: false,
      reason: 'stale_timestamp',
    });
    expect(carrier().parseWebhook(asRequest(body, signSandboxWebhook(secret, body, t + 360), now))).toEqual({
      ok: false,
      reason: 'stale_timestamp',
    });
    expect(carrier().parseWebhook(asRequest(body, signSandboxWebhook(secret, body, t - 299), now)).ok).toBe(true);
  });

  it('refuses a correctly signed body that is not a tracking event as malformed', () => {
    for (const garbage of ['not json', '[]', JSON.stringify({ type: 'tracking.updated', id: 'evt_2', status: 'teleported' })]) {
      const result = carrier().parseWebhook(asRequest(garbage, signSandboxWebhook(secret, garbage, nowSeconds())));
      expect(result).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('acknowledges a signed event of a kind it does not use with no events', () => {
    const other = JSON.stringify({ id: 'evt_3', type: 'invoice.created' });
    expect(carrier().parseWebhook(asRequest(other, signSandboxWebhook(secret, other, nowSeconds())))).toEqual({ ok: true, events: [] });
  });
});
