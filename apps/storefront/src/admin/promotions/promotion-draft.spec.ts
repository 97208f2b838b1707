import { checkPromotion, draftCurrencies, newPromotionDraft, type PromotionDraft, promotionDraft, promotionField, type StoredPromotion } from './promotion-draft';

const CET = () => 60;
const draft = (changes: Partial<PromotionDraft>): PromotionDraft => ({ ...newPromotionDraft(), name: 'Spring sale', ...changes });

describe('checkPromotion', () => {
  it('turns a percentage into basis points without float arithmetic', () => {
    expect(checkPromotion(draft({ percent: '12.5' }), CET)).toEqual({
      ok: true,
      data: {
        name: 'Spring sale',
        description: '',
        trigger: 'code',
        discount: { kind: 'percentage', basisPoints: 1250 },
        productIds: [],
        categoryIds: [],
        minimumSubtotal: {},
        startsAt: null,
        endsAt: null,
        usageLimit: null,
        perCustomerLimit: null,
        combinable: 'stackable',
        active: true,
      },
    });
  });

  it('sends fixed amounts in minor units, leaving out a currency left blank', () => {
    const checked = checkPromotion(draft({ kind: 'fixed_amount', per: 'unit', amounts: { USD: '5', EUR: ' ' }, minimumSubtotal: { USD: '', EUR: '25.50' } }), CET);
    expect(checked).toMatchObject({ ok: true, data: { discount: { kind: 'fixed_amount', per: 'unit', amounts: { USD: 500 } }, minimumSubtotal: { EUR: 2550 } } });
  });

  it('needs an amount in at least one currency, said under the amounts', () => {
    expect(checkPromotion(draft({ kind: 'fixed_price', unitPrices: { USD: '' } }), CET)).toEqual({
      ok: false,
      problems: { unitPrices: 'Enter a price in at least one currency' },
    });
  });

  it('makes buy X get Y free at 100 %', () => {
    expect(checkPromotion(draft({ kind: 'buy_x_get_y', buy: '2', get: '1', percentOff: '100' }), CET)).toMatchObject({
      ok: true,
      data: { discount: { kind: 'buy_x_get_y', buy: 2, get: 1, basisPointsOff: 10_000 } },
    });
  });

  it('sends only the kind for free shipping, whatever the other kinds’ fields hold', () => {
    expect(checkPromotion(draft({ kind: 'free_shipping', percent: 'junk', amounts: { USD: 'junk' } }), CET)).toMatchObject({ ok: true, data: { discount: { kind: 'free_shipping' } } });
  });

  it('sends the schedule as instants with the browser’s offset', () => {
    expect(checkPromotion(draft({ percent: '10', startsAt: '2026-03-01T09:30', endsAt: '2026-04-01T00:00' }), CET)).toMatchObject({
      ok: true,
      data: { startsAt: '2026-03-01T09:30:00+01:00', endsAt: '2026-04-01T00:00:00+01:00' },
    });
  });

  it('reads limits as whole numbers, blank as none', () => {
    expect(checkPromotion(draft({ percent: '10', usageLimit: '100', perCustomerLimit: '' }), CET)).toMatchObject({ ok: true, data: { usageLimit: 100, perCustomerLimit: null } });
    expect(checkPromotion(draft({ percent: '10', usageLimit: '0' }), CET)).toMatchObject({ ok: false, problems: { usageLimit: 'Enter at least 1' } });
  });

  it('sends no limits for an automatic promotion, whose uses are not counted', () => {
    expect(checkPromotion(draft({ percent: '10', trigger: 'automatic', usageLimit: '100', perCustomerLimit: '1' }), CET)).toMatchObject({
      ok: true,
      data: { trigger: 'automatic', usageLimit: null, perCustomerLimit: null },
    });
  });

  it('puts every problem at its field: its own reading first, then the schema’s', () => {
    const checked = checkPromotion(
      draft({ name: ' ', kind: 'fixed_amount', amounts: { USD: '1.999' }, minimumSubtotal: { EUR: 'lots' }, startsAt: '2026-04-02T00:00', endsAt: '2026-04-01T00:00' }),
      CET,
    );
    expect(checked).toEqual({
      ok: false,
      problems: {
        name: 'Enter a name',
        'amounts.USD': 'USD has 2 decimal places at most',
        'minimumSubtotal.EUR': 'Enter an amount like 12.50',
        endsAt: 'The end must be after the start',
      },
    });
  });

  it('refuses a percentage with more than two decimals, or none at all', () => {
    expect(checkPromotion(draft({ percent: '12.345' }), CET)).toMatchObject({ ok: false, problems: { percent: 'Use at most 2 decimal places, like 7.25' } });
    expect(checkPromotion(draft({ percent: '0' }), CET)).toMatchObject({ ok: false, problems: { percent: 'Enter more than 0 %' } });
  });
});

describe('promotionDraft', () => {
  const stored: StoredPromotion = {
    name: 'Launch',
    description: 'Launch week',
    trigger: 'code',
    discount: { kind: 'fixed_amount', per: 'order', amounts: { USD: 500, GBP: 400 } },
    productIds: ['00000000-0000-4000-8000-000000000001'],
    categoryIds: [],
    minimumSubtotal: { EUR: 2500 },
    startsAt: '2026-03-01T08:30:00.000Z',
    endsAt: null,
    usageLimit: 100,
    perCustomerLimit: null,
    combinable: 'exclusive',
    active: false,
  };

  it('round-trips a stored promotion through the editor', () => {
    const edited = promotionDraft(stored, CET);
    expect(edited).toMatchObject({ amounts: { USD: '5.00', GBP: '4.00' }, minimumSubtotal: { EUR: '25.00' }, startsAt: '2026-03-01T09:30', usageLimit: '100' });
    expect(checkPromotion(edited, CET)).toEqual({
      ok: true,
      data: { ...stored, startsAt: '2026-03-01T09:30:00+01:00' },
    });
  });

  it('shows amount fields for the usual currencies and any other the promotion has', () => {
    expect(draftCurrencies(promotionDraft(stored, CET))).toEqual(['USD', 'EUR', 'GBP']);
    expect(draftCurrencies(newPromotionDraft())).toEqual(['USD', 'EUR']);
  });
});

describe('promotionField', () => {
  it('maps the API’s paths to the editor’s fields', () => {
    expect(promotionField('fields.discount.basisPoints')).toBe('percent');
    expect(promotionField('discount.basisPointsOff')).toBe('percentOff');
    expect(promotionField('discount.amounts.USD')).toBe('amounts.USD');
    expect(promotionField('discount.unitPrices')).toBe('unitPrices');
    expect(promotionField('discount')).toBe('kind');
    expect(promotionField('fields.productIds.3')).toBe('productIds');
    expect(promotionField('minimumSubtotal.EUR')).toBe('minimumSubtotal.EUR');
    expect(promotionField('fields.endsAt')).toBe('endsAt');
  });

  it('leaves a field’s own name as it is, and has no field for the rest', () => {
    expect(promotionField('percent')).toBe('percent');
    expect(promotionField('amounts.USD')).toBe('amounts.USD');
    expect(promotionField('id')).toBeNull();
    expect(promotionField('')).toBeNull();
  });
});
