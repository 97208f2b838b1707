import { DIMENSION_FIELDS, type DimensionsCm, fitsWithin, type PackItem, type ParcelRules } from './parcel-input';
import type { PackingError } from './packing-error';

const isWholePositive = (value: number): boolean => Number.isSafeInteger(value) && value >= 1;

/**
 * The first thing that stops the items being packed, or null: the rules first (nothing can be packed under bad
 * rules), then each item in the order given — bad data before an item that is merely too heavy or too large.
 */
export function validatePackingInput(items: readonly PackItem[], rules: ParcelRules): PackingError | null {
  const rulesError = validateRules(rules);
  if (rulesError) return rulesError;

  const seen = new Set<string>();
  for (const item of items) {
    const bad = validateItem(item, seen);
    if (bad) return bad;
    seen.add(item.lineId);
  }
  for (const item of items) {
    const unfit = unfitItem(item, rules);
    if (unfit) return unfit;
  }
  return null;
}

function validateRules(rules: ParcelRules): PackingError | null {
  const { maxWeightGrams, packagingWeightGrams = 0, maxUnitsPerParcel, maxDimensionsCm } = rules;
  if (!isWholePositive(maxWeightGrams)) return { type: 'InvalidRules', field: 'maxWeightGrams', value: maxWeightGrams, reason: 'not_whole_positive' };
  if (!Number.isSafeInteger(packagingWeightGrams) || packagingWeightGrams < 0) {
    return { type: 'InvalidRules', field: 'packagingWeightGrams', value: packagingWeightGrams, reason: 'not_whole_or_negative' };
  }
  // Every unit weighs at least 1 g, so packaging at the limit leaves nothing packable: a configuration mistake.
  if (packagingWeightGrams >= maxWeightGrams) {
    return { type: 'InvalidRules', field: 'packagingWeightGrams', value: packagingWeightGrams, reason: 'no_room_for_goods' };
  }
  if (maxUnitsPerParcel !== undefined && !isWholePositive(maxUnitsPerParcel)) {
    return { type: 'InvalidRules', field: 'maxUnitsPerParcel', value: maxUnitsPerParcel, reason: 'not_whole_positive' };
  }
  if (maxDimensionsCm) {
    for (const side of DIMENSION_FIELDS) {
      const value = maxDimensionsCm[side];
      if (!isWholePositive(value)) return { type: 'InvalidRules', field: `maxDimensionsCm.${side}`, value, reason: 'not_whole_positive' };
    }
  }
  return null;
}

function validateItem(item: PackItem, seen: ReadonlySet<string>): PackingError | null {
  const { lineId } = item;
  if (lineId === '') return { type: 'InvalidItem', lineId, field: 'lineId', value: lineId, reason: 'empty' };
  if (seen.has(lineId)) return { type: 'InvalidItem', lineId, field: 'lineId', value: lineId, reason: 'duplicate' };
  if (!isWholePositive(item.quantity)) return { type: 'InvalidItem', lineId, field: 'quantity', value: item.quantity, reason: 'not_whole_positive' };
  if (!isWholePositive(item.unitWeightGrams)) {
    return { type: 'InvalidItem', lineId, field: 'unitWeightGrams', value: item.unitWeightGrams, reason: 'not_whole_positive' };
  }
  // A line's total weight must stay an exact integer, or the parcel sums could silently round.
  if (!Number.isSafeInteger(item.quantity * item.unitWeightGrams)) {
    return { type: 'InvalidItem', lineId, field: 'quantity', value: item.quantity, reason: 'unsafe_total' };
  }
  if (item.dimensionsCm) {
    for (const side of DIMENSION_FIELDS) {
      const value = item.dimensionsCm[side];
      if (!isWholePositive(value)) return { type: 'InvalidItem', lineId, field: `dimensionsCm.${side}`, value, reason: 'not_whole_positive' };
    }
  }
  return null;
}

function unfitItem(item: PackItem, rules: ParcelRules): PackingError | null {
  const { maxWeightGrams, packagingWeightGrams = 0, maxDimensionsCm } = rules;
  const { lineId, sku, unitWeightGrams } = item;
  if (unitWeightGrams + packagingWeightGrams > maxWeightGrams) {
    return { type: 'ItemTooHeavy', lineId, sku, unitWeightGrams, maxWeightGrams, packagingWeightGrams };
  }
  const dimensionsCm: DimensionsCm | undefined = item.dimensionsCm;
  if (dimensionsCm && maxDimensionsCm && !fitsWithin(dimensionsCm, maxDimensionsCm)) {
    return { type: 'ItemTooLarge', lineId, sku, dimensionsCm, maxDimensionsCm };
  }
  return null;
}
