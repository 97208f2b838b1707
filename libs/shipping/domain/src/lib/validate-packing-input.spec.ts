import { packParcels } from './pack-parcels';
import type { PackItem, ParcelRules } from './parcel-input';
import type { PackingError } from './packing-error';

const mug: PackItem = { lineId: 'l1', sku: 'MUG-01', quantity: 2, unitWeightGrams: 450, dimensionsCm: { length: 12, width: 9, height: 10 } };
const rules: ParcelRules = { maxWeightGrams: 2_000, packagingWeightGrams: 100, maxDimensionsCm: { length: 40, width: 30, height: 20 } };

function refusal(items: readonly PackItem[], withRules: ParcelRules = rules): PackingError {
  const result = packParcels(items, withRules);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('packParcels refuses bad items', () => {
  it.each([0, -450, 0.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a unit weight of %s', (unitWeightGrams) => {
    expect(refusal([{ ...mug, unitWeightGrams }])).toEqual({ type: 'InvalidItem', lineId: 'l1', field: 'unitWeightGrams', value: unitWeightGrams, reason: 'not_whole_positive' });
  });

  it.each([0, -1, 1.5])('refuses a quantity of %s', (quantity) => {
    expect(refusal([{ ...mug, quantity }])).toEqual({ type: 'InvalidItem', lineId: 'l1', field: 'quantity', value: quantity, reason: 'not_whole_positive' });
  });

  it('refuses a line whose total weight cannot be added up exactly', () => {
    expect(refusal([{ ...mug, quantity: Number.MAX_SAFE_INTEGER }])).toMatchObject({ type: 'InvalidItem', field: 'quantity', reason: 'unsafe_total' });
  });

  it('refuses a side of zero, negative or fractional centimetres, naming the side', () => {
    expect(refusal([{ ...mug, dimensionsCm: { length: 12, width: 0, height: 10 } }])).toEqual({
      type: 'InvalidItem',
      lineId: 'l1',
      field: 'dimensionsCm.width',
      value: 0,
      reason: 'not_whole_positive',
    });
    expect(refusal([{ ...mug, dimensionsCm: { length: 12, width: 9, height: -3 } }])).toMatchObject({ field: 'dimensionsCm.height', value: -3 });
    expect(refusal([{ ...mug, dimensionsCm: { length: 2.5, width: 9, height: 3 } }])).toMatchObject({ field: 'dimensionsCm.length', value: 2.5 });
  });

  it('refuses a repeated or empty line id', () => {
    expect(refusal([mug, { ...mug, sku: 'MUG-02' }])).toEqual({ type: 'InvalidItem', lineId: 'l1', field: 'lineId', value: 'l1', reason: 'duplicate' });
    expect(refusal([{ ...mug, lineId: '' }])).toEqual({ type: 'InvalidItem', lineId: '', field: 'lineId', value: '', reason: 'empty' });
  });

  it('reports bad data before a unit that is merely too heavy, and otherwise the first problem in input order', () => {
    const heavy: PackItem = { lineId: 'h', sku: 'ANVIL', quantity: 1, unitWeightGrams: 50_000 };
    const bad: PackItem = { ...mug, lineId: 'b', quantity: 0 };
    expect(refusal([heavy, bad])).toMatchObject({ type: 'InvalidItem', lineId: 'b' });
    expect(refusal([{ ...mug, lineId: 'x', unitWeightGrams: -1 }, bad])).toMatchObject({ lineId: 'x', field: 'unitWeightGrams' });
  });
});

describe('packParcels refuses units no parcel can carry', () => {
  it('refuses a unit that with the packaging weighs more than the limit', () => {
    expect(refusal([{ ...mug, unitWeightGrams: 1_901 }])).toEqual({
      type: 'ItemTooHeavy',
      lineId: 'l1',
      sku: 'MUG-01',
      unitWeightGrams: 1_901,
      maxWeightGrams: 2_000,
      packagingWeightGrams: 100,
    });
    expect(packParcels([{ ...mug, unitWeightGrams: 1_900 }], rules).ok).toBe(true);
  });

  it('refuses a unit bigger than the largest box whichever way it is turned', () => {
    const dimensionsCm = { length: 41, width: 5, height: 5 };
    expect(refusal([{ ...mug, dimensionsCm }])).toEqual({
      type: 'ItemTooLarge',
      lineId: 'l1',
      sku: 'MUG-01',
      dimensionsCm,
      maxDimensionsCm: rules.maxDimensionsCm,
    });
  });

  it('accepts a unit that fits only once turned', () => {
    expect(packParcels([{ ...mug, dimensionsCm: { length: 20, width: 40, height: 30 } }], rules).ok).toBe(true);
  });

  it('does not check sizes when the rules give no box, nor for units without dimensions', () => {
    const huge: PackItem = { ...mug, dimensionsCm: { length: 500, width: 500, height: 500 } };
    expect(packParcels([huge], { maxWeightGrams: 2_000 }).ok).toBe(true);
    const { dimensionsCm: _, ...unmeasured } = mug;
    expect(packParcels([unmeasured], rules).ok).toBe(true);
  });
});

describe('packParcels refuses bad rules', () => {
  it.each([0, -5, 1.5])('refuses a weight limit of %s', (maxWeightGrams) => {
    expect(refusal([mug], { maxWeightGrams })).toEqual({ type: 'InvalidRules', field: 'maxWeightGrams', value: maxWeightGrams, reason: 'not_whole_positive' });
  });

  it('refuses negative or fractional packaging, and packaging that leaves no room for goods', () => {
    expect(refusal([mug], { maxWeightGrams: 1_000, packagingWeightGrams: -1 })).toMatchObject({ field: 'packagingWeightGrams', reason: 'not_whole_or_negative' });
    expect(refusal([mug], { maxWeightGrams: 1_000, packagingWeightGrams: 0.5 })).toMatchObject({ field: 'packagingWeightGrams', reason: 'not_whole_or_negative' });
    expect(refusal([mug], { maxWeightGrams: 1_000, packagingWeightGrams: 1_000 })).toEqual({
      type: 'InvalidRules',
      field: 'packagingWeightGrams',
      value: 1_000,
      reason: 'no_room_for_goods',
    });
  });

  it('refuses a unit limit or a box side that is not a whole number of at least 1', () => {
    expect(refusal([mug], { maxWeightGrams: 1_000, maxUnitsPerParcel: 0 })).toMatchObject({ field: 'maxUnitsPerParcel', value: 0 });
    expect(refusal([mug], { maxWeightGrams: 1_000, maxDimensionsCm: { length: 10, width: 10, height: 0 } })).toMatchObject({
      type: 'InvalidRules',
      field: 'maxDimensionsCm.height',
    });
  });

  it('checks the rules even with nothing to pack', () => {
    expect(refusal([], { maxWeightGrams: 0 })).toMatchObject({ type: 'InvalidRules' });
  });
});
