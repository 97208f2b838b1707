import { TRPCClientError } from '@trpc/client';
import { refusalOf, stepFailure } from './step-failure';

const answered = (code: string, httpStatus: number, reason?: string) =>
  new TRPCClientError('refused', { result: { error: { message: 'refused', code: -1, data: { code, httpStatus, reason, details: { sku: 'MUG' } } } } as never });

describe('a failed call to another service', () => {
  it('is a refusal when the service answered with a 4xx: definitive, with its reason and details', () => {
    expect(refusalOf(answered('CONFLICT', 409, 'OUT_OF_STOCK'))).toEqual({ code: 'CONFLICT', reason: 'OUT_OF_STOCK', details: { sku: 'MUG' }, message: 'refused' });
    expect(stepFailure(answered('CONFLICT', 409, 'OUT_OF_STOCK'), () => ({ type: 'CartEmpty' }))).toEqual({ kind: 'refused', reason: { type: 'CartEmpty' } });
  });

  it('is "no answer" for a 5xx, a rate limit, a timeout or no connection: it may have happened, so it is retried', () => {
    for (const error of [answered('INTERNAL_SERVER_ERROR', 500), answered('SERVICE_UNAVAILABLE', 503), answered('TOO_MANY_REQUESTS', 429), new TypeError('fetch failed')]) {
      expect(refusalOf(error)).toBeNull();
      expect(stepFailure(error, () => ({ type: 'CartEmpty' })).kind).toBe('unavailable');
    }
  });
});
