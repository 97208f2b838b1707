import { availabilityInput, reserveInput, restockInput } from './reservation.inputs';

const paths = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('reservation inputs', () => {
  const line = (sku: string, quantity: unknown) => ({ sku, quantity });

  it('accepts whole quantities from 1 to 1,000,000', () => {
    expect(reserveInput.safeParse({ idempotencyKey: 'checkout-1', lines: [line('A-1', 1), line('B-2', 1_000_000)] }).success).toBe(true);
  });

  it.each([0, -1, 1.5, '5', 'abc', 1_000_001, null])('names the line of a bad quantity (%s)', (quantity) => {
    const result = reserveInput.safeParse({ idempotencyKey: 'checkout-1', lines: [line('A-1', 1), line('B-2', quantity)] });
    expect(paths(result)).toHaveLength(1);
    expect(paths(result)[0]).toMatch(/^lines\.1\.quantity: /);
  });

  it('refuses lines of one SKU that add up to more than 1,000,000, on the line that crosses it', () => {
    const result = reserveInput.safeParse({ idempotencyKey: 'checkout-1', lines: [line('A-1', 600_000), line('B-2', 1), line('a-1', 600_000)] });
    expect(paths(result)).toEqual(['lines.2.quantity: Ask for at most 1,000,000 of a-1 in all']);
    const restock = restockInput.safeParse({
      reservationId: '2f1c7c1e-4b7e-4a8e-9a4e-0c6a4d1f7e11',
      idempotencyKey: 'return-0001',
      reason: 'return',
      lines: [line('A-1', 1_000_000), line('A-1', 1)],
    });
    expect(paths(restock)).toEqual(['lines.1.quantity: Ask for at most 1,000,000 of A-1 in all']);
  });

  it('asks for at least one line and a usable idempotency key', () => {
    expect(paths(reserveInput.safeParse({ idempotencyKey: 'short', lines: [] }))).toEqual([
      'idempotencyKey: An idempotency key has at least 8 characters',
      'lines: Reserve at least one line',
    ]);
  });

  it('limits an availability question to 250 SKUs of the catalog’s shape', () => {
    expect(availabilityInput.safeParse({ skus: Array.from({ length: 250 }, (_, index) => `SKU-${index}`) }).success).toBe(true);
    expect(paths(availabilityInput.safeParse({ skus: Array.from({ length: 251 }, (_, index) => `SKU-${index}`) }))).toEqual(['skus: Ask about at most 250 SKUs at once']);
    expect(paths(availabilityInput.safeParse({ skus: ['ok', 'not ok'] }))[0]).toMatch(/^skus\.1: /);
  });
});
