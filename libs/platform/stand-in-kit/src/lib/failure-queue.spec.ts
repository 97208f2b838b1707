import { FailureQueue, pathMatches } from './failure-queue';

describe('pathMatches', () => {
  it('matches a path exactly, or with * standing for one segment', () => {
    expect(pathMatches('/v1/refunds', '/v1/refunds')).toBe(true);
    expect(pathMatches('/v1/refunds', '/v1/refunds/re_1')).toBe(false);
    expect(pathMatches('/v1/payment_intents/*/capture', '/v1/payment_intents/pi_1/capture')).toBe(true);
    expect(pathMatches('/v1/payment_intents/*/capture', '/v1/payment_intents/pi_1/cancel')).toBe(false);
    expect(pathMatches('/v1/payment_intents/*', '/v1/payment_intents/pi_1/capture')).toBe(false);
  });
});

describe('FailureQueue', () => {
  it('hands each request the first matching rule until its count runs out', () => {
    const queue = new FailureQueue();
    queue.add({ next: 1, mode: 'timeout', path: '/v1/refunds' });
    queue.add({ next: 2, mode: 'error_500' });
    expect(queue.take('/v1/payment_intents')?.mode).toBe('error_500');
    expect(queue.take('/v1/refunds')?.mode).toBe('timeout');
    expect(queue.list()).toEqual([{ next: 1, mode: 'error_500' }]);
    expect(queue.take('/v1/refunds')?.mode).toBe('error_500');
    expect(queue.take('/v1/refunds')).toBeUndefined();
  });
});
