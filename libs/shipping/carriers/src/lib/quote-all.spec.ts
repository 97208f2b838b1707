import { type SandboxCarrier, startSandboxCarrier } from '@emporium/sandbox-carrier';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { methods, quoteRequest, usd, zones } from '../testing/fixtures';
import type { Carrier } from './carrier';
import { CarrierRejected } from './carrier-errors';
import { quoteAll } from './quote-all';
import { sandboxCarrier } from './sandbox-carrier';
import { tableRateCarrier } from './table-rate-carrier';

const apiKey = 'sk_test_quote_all';
let sandbox: SandboxCarrier;

beforeAll(async () => {
  sandbox = await startSandboxCarrier({ apiKey, port: 0, timeline: { stepMs: 0 } });
});
afterAll(() => sandbox.stop());
beforeEach(() => {
  sandbox.control.setLatency(0);
  sandbox.control.clearFailures();
});

const tableRate = tableRateCarrier({
  rates: async () => ({ zones, methods }),
  renderLabel: async () => Buffer.from(''),
  newTrackingNumber: () => '123456789012',
});
const sandboxed = () => sandboxCarrier({ baseUrl: sandbox.url, apiKey, webhookSecret: 'whsec', timeoutMs: 5000, retries: 0 });

describe('quoteAll', () => {
  it('offers every carrier’s services together, cheapest first', async () => {
    const result = await quoteAll([sandboxed(), tableRate], quoteRequest(), { timeoutMs: 2000 });
    expect(result.notes).toEqual([]);
    expect(new Set(result.options.map((option) => option.carrier))).toEqual(new Set(['sandbox-carrier', 'table-rate']));
    const amounts = result.options.map((option) => option.amount.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
  });

  it('answers with the table rate and a note when the sandbox hangs, within the time limit', async () => {
    sandbox.control.setLatency(3000);
    const started = performance.now();
    const result = await quoteAll([sandboxed(), tableRate], quoteRequest(), { timeoutMs: 300 });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.options.map((option) => [option.carrier, option.service])).toEqual([
      ['table-rate', 'us-standard'],
      ['table-rate', 'us-express'],
    ]);
    expect(result.notes).toEqual([expect.objectContaining({ carrier: 'sandbox-carrier', reason: 'timeout' })]);
    expect(result.notes[0]?.message).toMatch(/did not answer within 300 ms/);
  });

  it('turns a carrier that is down, refuses or throws into a note, never an error', async () => {
    sandbox.control.failNext({ next: 1, mode: 'error_500', path: '/v1/rates' });
    const refusing: Carrier = { ...tableRate, code: 'refusing', quote: () => Promise.reject(new CarrierRejected('refusing', 'bad', 'No.')) };
    const broken: Carrier = { ...tableRate, code: 'broken', quote: () => Promise.reject(new TypeError('oops')) };
    const ignoring: Carrier = { ...tableRate, code: 'ignoring', quote: () => new Promise(() => undefined) };
    const result = await quoteAll([sandboxed(), refusing, broken, ignoring, tableRate], quoteRequest(), { timeoutMs: 300 });
    expect(result.options.every((option) => option.carrier === 'table-rate')).toBe(true);
    expect(result.notes.map((note) => [note.carrier, note.reason])).toEqual([
      ['sandbox-carrier', 'unavailable'],
      ['refusing', 'rejected'],
      ['broken', 'failed'],
      ['ignoring', 'timeout'],
    ]);
  });

  it('leaves out quotes in another currency, with a note', async () => {
    const euros: Carrier = {
      ...tableRate,
      code: 'euros',
      quote: async () => [{ carrier: 'euros', service: 's', name: 'S', amount: { ...usd(100), currency: 'EUR' as never }, transitDays: { min: 1, max: 2 } }],
    };
    const result = await quoteAll([euros], quoteRequest(), { timeoutMs: 300 });
    expect(result.options).toEqual([]);
    expect(result.notes).toEqual([expect.objectContaining({ carrier: 'euros', reason: 'rejected' })]);
  });
});
