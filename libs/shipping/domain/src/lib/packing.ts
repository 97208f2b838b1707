/** Some units of one line inside one parcel. A line appears in several parcels only when it had to be split. */
export interface PackedLine {
  readonly lineId: string;
  readonly sku: string;
  readonly quantity: number;
}

export interface Parcel {
  /** 1, 2, 3… in the order the parcels were opened. */
  readonly index: number;
  /** Packaging plus contents; never above the rules' `maxWeightGrams`. */
  readonly weightGrams: number;
  /** In the order the lines were placed: the first is the line that opened the parcel. */
  readonly contents: readonly PackedLine[];
  /** The summed volume of the units that have dimensions; absent when none has. Not the size of the box. */
  readonly volumeCm3?: number;
}

export interface Packing {
  readonly parcels: readonly Parcel[];
  /** Every parcel's weight, packaging included. */
  readonly totalWeightGrams: number;
  /** Plain English sentences, in order, saying how the units were placed and why each parcel was opened. */
  readonly explanation: readonly string[];
}
