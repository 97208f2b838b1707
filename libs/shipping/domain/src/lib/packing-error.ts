import type { DimensionsCm } from './parcel-input';

/** Which number on an item is wrong: its own fields, or one side of its dimensions. */
export type PackItemField = 'lineId' | 'quantity' | 'unitWeightGrams' | 'dimensionsCm.length' | 'dimensionsCm.width' | 'dimensionsCm.height';

export type ParcelRulesField =
  | 'maxWeightGrams'
  | 'packagingWeightGrams'
  | 'maxUnitsPerParcel'
  | 'maxDimensionsCm.length'
  | 'maxDimensionsCm.width'
  | 'maxDimensionsCm.height';

/**
 * Why items could not be packed. `InvalidItem` and `InvalidRules` are bad data (a weight of zero, a fractional
 * quantity, a repeated line id); `ItemTooHeavy` and `ItemTooLarge` are real items no parcel under these rules can
 * carry, and the caller should offer another carrier or freight rather than fix the data.
 */
export type PackingError =
  | {
      readonly type: 'InvalidItem';
      readonly lineId: string;
      readonly field: PackItemField;
      /** The offending value; for a repeated line id, the id itself. */
      readonly value: number | string;
      /** `unsafe_total`: quantity × unit weight is too large to add up exactly. */
      readonly reason: 'not_whole_positive' | 'duplicate' | 'empty' | 'unsafe_total';
    }
  | {
      readonly type: 'InvalidRules';
      readonly field: ParcelRulesField;
      readonly value: number;
      /** `no_room_for_goods`: the packaging alone reaches the weight limit. */
      readonly reason: 'not_whole_positive' | 'not_whole_or_negative' | 'no_room_for_goods';
    }
  | {
      readonly type: 'ItemTooHeavy';
      readonly lineId: string;
      readonly sku: string;
      readonly unitWeightGrams: number;
      readonly maxWeightGrams: number;
      readonly packagingWeightGrams: number;
    }
  | {
      readonly type: 'ItemTooLarge';
      readonly lineId: string;
      readonly sku: string;
      readonly dimensionsCm: DimensionsCm;
      readonly maxDimensionsCm: DimensionsCm;
    };
