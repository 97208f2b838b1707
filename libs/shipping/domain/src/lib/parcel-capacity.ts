import { type DimensionsCm, type ParcelRules, volumeCm3 } from './parcel-input';

/** The rules as the packer uses them: what a parcel may carry besides its packaging. */
export interface ParcelLimits {
  readonly maxWeightGrams: number;
  readonly packagingWeightGrams: number;
  /** `maxWeightGrams − packagingWeightGrams`: the goods a parcel may carry. */
  readonly goodsGrams: number;
  readonly maxUnits?: number;
  readonly maxDimensionsCm?: DimensionsCm;
  /** The largest box's volume, when the rules give one. */
  readonly maxVolumeCm3?: number;
}

/** One unit of a line: what it weighs and, if its dimensions are known, how much room it takes. */
export interface UnitSize {
  readonly grams: number;
  readonly volumeCm3?: number;
}

/** What a parcel holds so far, as far as the limits care. */
export interface ParcelLoad {
  readonly goodsGrams: number;
  readonly units: number;
  readonly volumeCm3: number;
}

/** Which limit stops a parcel taking more units: its weight, its unit count or its volume. */
export type BindingLimit = 'weight' | 'units' | 'volume';

export function limitsOf(rules: ParcelRules): ParcelLimits {
  const packagingWeightGrams = rules.packagingWeightGrams ?? 0;
  return {
    maxWeightGrams: rules.maxWeightGrams,
    packagingWeightGrams,
    goodsGrams: rules.maxWeightGrams - packagingWeightGrams,
    ...(rules.maxUnitsPerParcel === undefined ? {} : { maxUnits: rules.maxUnitsPerParcel }),
    ...(rules.maxDimensionsCm ? { maxDimensionsCm: rules.maxDimensionsCm, maxVolumeCm3: volumeCm3(rules.maxDimensionsCm) } : {}),
  };
}

/**
 * How many more units of this size the parcel can take, and which limit decides it (on a tie: weight, then units,
 * then volume). The volume limit applies only to units whose dimensions are known and only when the rules give a
 * box; it compares summed volumes, an approximation that does not check the units can really be arranged.
 */
export function capacity(load: ParcelLoad, unit: UnitSize, limits: ParcelLimits): { readonly count: number; readonly limit: BindingLimit } {
  let count = Math.floor((limits.goodsGrams - load.goodsGrams) / unit.grams);
  let limit: BindingLimit = 'weight';
  if (limits.maxUnits !== undefined && limits.maxUnits - load.units < count) {
    count = limits.maxUnits - load.units;
    limit = 'units';
  }
  if (limits.maxVolumeCm3 !== undefined && unit.volumeCm3 !== undefined) {
    const byVolume = Math.floor((limits.maxVolumeCm3 - load.volumeCm3) / unit.volumeCm3);
    if (byVolume < count) {
      count = byVolume;
      limit = 'volume';
    }
  }
  return { count: Math.max(0, count), limit };
}

export const EMPTY_LOAD: ParcelLoad = { goodsGrams: 0, units: 0, volumeCm3: 0 };
