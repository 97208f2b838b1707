/** A box's or a unit's outside measurements in whole centimetres. Which side is which does not matter: units may be turned. */
export interface DimensionsCm {
  readonly length: number;
  readonly width: number;
  readonly height: number;
}

/**
 * One order or cart line as the packer sees it: `quantity` units of one variant, each weighing `unitWeightGrams`.
 * All numbers whole and at least 1. Without `dimensionsCm` a unit is packed by weight alone.
 */
export interface PackItem {
  readonly lineId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly unitWeightGrams: number;
  readonly dimensionsCm?: DimensionsCm;
}

/** A carrier's (or a warehouse's) limits for one parcel. */
export interface ParcelRules {
  /** The most a parcel may weigh, its packaging included. */
  readonly maxWeightGrams: number;
  /** The largest box: no unit may exceed it in any orientation, and a parcel's units together not exceed its volume. */
  readonly maxDimensionsCm?: DimensionsCm;
  /** Box and filling, added once to every parcel; default 0. */
  readonly packagingWeightGrams?: number;
  /** The most units one parcel may hold, whatever they weigh. */
  readonly maxUnitsPerParcel?: number;
}

export const DIMENSION_FIELDS = ['length', 'width', 'height'] as const;

export function volumeCm3(dimensions: DimensionsCm): number {
  return dimensions.length * dimensions.width * dimensions.height;
}

/**
 * Whether a unit fits inside a box turned any way that keeps its sides parallel to the box's: compare the sides
 * sorted, longest against longest. (Tilting a long, thin unit diagonally can fit a little more; carriers measure
 * the sorted sides, so we do too.)
 */
export function fitsWithin(unit: DimensionsCm, box: DimensionsCm): boolean {
  const [u1, u2, u3] = sortedSides(unit);
  const [b1, b2, b3] = sortedSides(box);
  return u1 <= b1 && u2 <= b2 && u3 <= b3;
}

function sortedSides({ length, width, height }: DimensionsCm): [number, number, number] {
  return [length, width, height].sort((x, y) => y - x) as [number, number, number];
}
