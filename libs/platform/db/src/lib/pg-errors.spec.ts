import pg from 'pg';
import { isDatabaseUnavailable, isRetryableTransactionError, isUniqueViolation } from './pg-errors';

describe('PostgreSQL error classification', () => {
  it('recognises an unreachable server as unavailability, not a bug', async () => {
    const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 2000 });
    const error = await client.connect().catch((caught: unknown) => caught);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('something else'))).toBe(false);
  });

  it('tells retryable transaction failures and unique violations apart', () => {
    expect(isRetryableTransactionError({ code: '40001' })).toBe(true);
    expect(isRetryableTransactionError({ code: '40P01' })).toBe(true);
    expect(isRetryableTransactionError({ code: '23505' })).toBe(false);
    expect(isUniqueViolation({ code: '23505', constraint: 'product_slug_key' }, 'product_slug_key')).toBe(true);
    expect(isUniqueViolation({ code: '23505', constraint: 'other' }, 'product_slug_key')).toBe(false);
  });
});
