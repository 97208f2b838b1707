import { type Money, parseCurrencyCode } from '@emporium/money';
import { PRODUCT_STATUSES } from './product';
import { canPublish, nextStatuses, type PublishCandidate, statusTransition } from './product-rules';

const USD = parseCurrencyCode('USD')!;
const price: Money = { amount: 1_999, currency: USD };

const ready: PublishCandidate = {
  title: 'Classic White Tee',
  slug: 'classic-white-tee',
  variants: [
    { sku: 'TEE-S', status: 'active', prices: [price] },
    { sku: 'TEE-OLD', status: 'archived', prices: [] },
  ],
};

describe('canPublish', () => {
  it('lets a titled, priced product with an active variant go live', () => {
    expect(canPublish(ready)).toEqual({ ok: true });
  });

  it('lists every reason a product cannot go live', () => {
    expect(canPublish({ title: '   ', slug: 'Classic Tee', variants: [] })).toEqual({
      ok: false,
      error: [{ type: 'MissingTitle' }, { type: 'InvalidSlug', slug: 'Classic Tee' }, { type: 'NoActiveVariant' }],
    });
  });

  it('does not count archived variants as something to sell', () => {
    expect(canPublish({ ...ready, variants: [{ sku: 'TEE-OLD', status: 'archived', prices: [price] }] })).toEqual({
      ok: false,
      error: [{ type: 'NoActiveVariant' }],
    });
  });

  it('names each active variant without a price', () => {
    const variants = [...ready.variants, { sku: 'TEE-M', status: 'active' as const, prices: [] }, { sku: 'TEE-L', status: 'active' as const, prices: [] }];
    expect(canPublish({ ...ready, variants })).toEqual({
      ok: false,
      error: [
        { type: 'VariantWithoutPrice', sku: 'TEE-M' },
        { type: 'VariantWithoutPrice', sku: 'TEE-L' },
      ],
    });
  });
});

describe('statusTransition', () => {
  it('allows publishing, archiving, restoring and taking back to draft', () => {
    for (const [from, to] of [
      ['draft', 'active'],
      ['active', 'archived'],
      ['archived', 'active'],
      ['draft', 'archived'],
      ['active', 'draft'],
    ] as const) {
      expect(statusTransition(from, to)).toEqual({ ok: true });
    }
  });

  it('refuses sending an archived product to draft', () => {
    expect(statusTransition('archived', 'draft')).toEqual({ ok: false, error: { type: 'TransitionNotAllowed', from: 'archived', to: 'draft' } });
  });

  it('refuses staying in the same status', () => {
    for (const status of PRODUCT_STATUSES) expect(statusTransition(status, status).ok).toBe(false);
  });

  it('agrees with the statuses offered as next steps, for every pair', () => {
    for (const from of PRODUCT_STATUSES) {
      for (const to of PRODUCT_STATUSES) expect(statusTransition(from, to).ok).toBe(nextStatuses(from).includes(to));
    }
  });
});
