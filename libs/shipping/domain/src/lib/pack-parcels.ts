import {
  describeFullParcel,
  describeLimits,
  describeNoRoom,
  describeOrder,
  describeShortfall,
  describeTotal,
  grams,
  labeller,
} from './explain-packing';
import { capacity, EMPTY_LOAD, limitsOf, type ParcelLimits, type ParcelLoad, type UnitSize } from './parcel-capacity';
import { type PackItem, type ParcelRules, volumeCm3 } from './parcel-input';
import type { PackedLine, Packing, Parcel } from './packing';
import type { PackingError } from './packing-error';
import type { Result } from './result';
import { validatePackingInput } from './validate-packing-input';

interface OpenParcel extends ParcelLoad {
  readonly index: number;
  goodsGrams: number;
  units: number;
  volumeCm3: number;
  hasVolume: boolean;
  readonly contents: PackedLine[];
}

interface Placement {
  readonly index: number;
  readonly quantity: number;
  readonly opened: boolean;
  /** The parcel's room for goods before these units went in. */
  readonly gramsLeft: number;
}

/**
 * Packs the items' units into as few parcels as first-fit decreasing manages, none over the rules' weight limit.
 *
 * 1. Refuse bad input (`InvalidRules`, `InvalidItem`) and units no parcel can carry (`ItemTooHeavy`,
 *    `ItemTooLarge`); see `validatePackingInput`.
 * 2. Take the lines heaviest unit first; equal weights by line id (code-unit order), so the packing never depends
 *    on the order the items came in.
 * 3. Put a line whole into the first open parcel with room for all its units. If none has, place its units first
 *    fit: fill the open parcels' gaps in order, then open new parcels, each filled as far as the limits allow.
 *    So a line is split only when no open parcel can take it whole — and then gaps are filled before a parcel is
 *    opened, because parcels cost money and splits do not. (Placing a whole line in a later parcel is the one
 *    departure from textbook unit-by-unit FFD; it opens no extra parcel at that step.)
 *
 * Invariants (property-tested): every unit is packed exactly once; no parcel weighs more than `maxWeightGrams`
 * with its packaging; there are never more parcels than units; a parcel is opened only when no earlier parcel can
 * take another unit of the line that opens it; with units all of one size the count is the minimum.
 */
export function packParcels(items: readonly PackItem[], rules: ParcelRules): Result<Packing, PackingError> {
  const error = validatePackingInput(items, rules);
  if (error) return { ok: false, error };

  const limits = limitsOf(rules);
  const label = labeller(items);
  const explanation = describeLimits(limits);
  if (items.length === 0) return { ok: true, value: { parcels: [], totalWeightGrams: 0, explanation: [...explanation, 'Nothing to pack.'] } };

  const ordered = [...items].sort(heaviestFirst);
  explanation.push(describeOrder(ordered.map((item) => label(item))));
  const open: OpenParcel[] = [];
  for (const item of ordered) explanation.push(...placeLine(item, open, limits, label));

  const parcels = open.map(toParcel(limits));
  const totalWeightGrams = parcels.reduce((sum, parcel) => sum + parcel.weightGrams, 0);
  explanation.push(describeTotal(parcels.length, totalWeightGrams, limits.packagingWeightGrams));
  return { ok: true, value: { parcels, totalWeightGrams, explanation } };
}

function heaviestFirst(a: PackItem, b: PackItem): number {
  if (a.unitWeightGrams !== b.unitWeightGrams) return b.unitWeightGrams - a.unitWeightGrams;
  return a.lineId < b.lineId ? -1 : a.lineId > b.lineId ? 1 : 0;
}

/** Places every unit of one line, mutating `open`, and returns the sentences saying where they went and why. */
function placeLine(item: PackItem, open: OpenParcel[], limits: ParcelLimits, label: (item: PackItem, quantity?: number) => string): string[] {
  const unit: UnitSize = { grams: item.unitWeightGrams, ...(item.dimensionsCm ? { volumeCm3: volumeCm3(item.dimensionsCm) } : {}) };
  const openBefore = open.length;

  const whole = open.find((parcel) => capacity(parcel, unit, limits).count >= item.quantity);
  if (whole) {
    const gramsLeft = limits.goodsGrams - whole.goodsGrams;
    put(whole, item, item.quantity, unit);
    return [`${label(item)} went into parcel ${whole.index}, which had ${grams(gramsLeft)} left.`];
  }

  const placements: Placement[] = [];
  let remaining = item.quantity;
  for (const parcel of open) {
    const quantity = Math.min(capacity(parcel, unit, limits).count, remaining);
    if (quantity === 0) continue;
    placements.push({ index: parcel.index, quantity, opened: false, gramsLeft: limits.goodsGrams - parcel.goodsGrams });
    put(parcel, item, quantity, unit);
    remaining -= quantity;
  }
  // Every unit passed validation, so an empty parcel takes at least one and the loop below ends.
  const noRoom = remaining > 0 && openBefore > 0 ? describeNoRoom(open.map((parcel) => shortfall(parcel, unit, limits))) : null;
  const fresh = capacity(EMPTY_LOAD, unit, limits);
  while (remaining > 0) {
    const parcel: OpenParcel = { index: open.length + 1, goodsGrams: 0, units: 0, volumeCm3: 0, hasVolume: false, contents: [] };
    open.push(parcel);
    const quantity = Math.min(fresh.count, remaining);
    placements.push({ index: parcel.index, quantity, opened: true, gramsLeft: limits.goodsGrams });
    put(parcel, item, quantity, unit);
    remaining -= quantity;
  }

  const opened = placements.filter((placement) => placement.opened);
  const sentences: string[] = [];
  if (placements.length === 1) {
    const index = placements[0]?.index;
    sentences.push(noRoom ? `Parcel ${index} opened for ${label(item)}: ${noRoom}.` : `Parcel ${index} opened for ${label(item)}.`);
  } else {
    const parts = [
      ...placements.filter((placement) => !placement.opened).map(({ index, quantity, gramsLeft }) => `${quantity} into parcel ${index} (which had ${grams(gramsLeft)} left)`),
      ...runsOf(opened).map(({ first, last, quantity }) =>
        first === last ? `${quantity} into new parcel ${first}` : `${quantity} into each of new parcels ${first} to ${last}`,
      ),
    ];
    const why = openBefore > 0 ? 'did not fit whole into any open parcel' : 'is more than one parcel can take';
    sentences.push(`${label(item)} ${why}, so it was split: ${parts.join(', ')}.`);
    if (noRoom && opened.length > 0) sentences.push(`${parcelNames(opened)} opened because ${noRoom}.`);
  }
  if (opened.length > 1) sentences.push(describeFullParcel(fresh.count, fresh.limit, unit, limits));
  return sentences;
}

function put(parcel: OpenParcel, item: PackItem, quantity: number, unit: UnitSize): void {
  parcel.goodsGrams += quantity * unit.grams;
  parcel.units += quantity;
  if (unit.volumeCm3 !== undefined) {
    parcel.volumeCm3 += quantity * unit.volumeCm3;
    parcel.hasVolume = true;
  }
  parcel.contents.push({ lineId: item.lineId, sku: item.sku, quantity });
}

function shortfall(parcel: OpenParcel, unit: UnitSize, limits: ParcelLimits): string {
  const left = {
    grams: limits.goodsGrams - parcel.goodsGrams,
    units: (limits.maxUnits ?? Infinity) - parcel.units,
    volumeCm3: (limits.maxVolumeCm3 ?? Infinity) - parcel.volumeCm3,
  };
  return describeShortfall(parcel.index, capacity(parcel, unit, limits).limit, left, unit);
}

/** New parcels that took the same number of units, as ranges: a line of 45 reads "9 into each of new parcels 2 to 6". */
function runsOf(opened: readonly Placement[]): Array<{ first: number; last: number; quantity: number }> {
  const runs: Array<{ first: number; last: number; quantity: number }> = [];
  for (const { index, quantity } of opened) {
    const run = runs[runs.length - 1];
    if (run && run.quantity === quantity && run.last === index - 1) run.last = index;
    else runs.push({ first: index, last: index, quantity });
  }
  return runs;
}

function parcelNames(opened: readonly Placement[]): string {
  const first = opened[0]?.index;
  const last = opened[opened.length - 1]?.index;
  return first === last ? `Parcel ${first} was` : `Parcels ${first} to ${last} were`;
}

const toParcel =
  (limits: ParcelLimits) =>
  ({ index, goodsGrams, volumeCm3, hasVolume, contents }: OpenParcel): Parcel => ({
    index,
    weightGrams: limits.packagingWeightGrams + goodsGrams,
    contents,
    ...(hasVolume ? { volumeCm3 } : {}),
  });
