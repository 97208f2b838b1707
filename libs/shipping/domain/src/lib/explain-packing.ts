import type { BindingLimit, ParcelLimits, UnitSize } from './parcel-capacity';
import type { PackItem } from './parcel-input';

/*
 * The sentences of a packing's explanation, for staff asking "why three parcels?". Numbers are grouped with commas
 * whatever the locale (the domain has no locale), weights in grams so they compare directly with the limits.
 */

export const grams = (value: number): string => `${grouped(value)} g`;
const cm3 = (value: number): string => `${grouped(value)} cm³`;

function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function list(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** `3 × MUG-01 (450 g each)`; the line id is added when two lines share a SKU, so staff can tell them apart. */
export function labeller(items: readonly PackItem[]): (item: PackItem, quantity?: number) => string {
  const skuCounts = new Map<string, number>();
  for (const { sku } of items) skuCounts.set(sku, (skuCounts.get(sku) ?? 0) + 1);
  return (item, quantity = item.quantity) => {
    const name = (skuCounts.get(item.sku) ?? 0) > 1 ? `${item.sku} (line ${item.lineId})` : item.sku;
    return `${quantity} × ${name} (${grams(item.unitWeightGrams)}${quantity === 1 ? '' : ' each'})`;
  };
}

export function describeLimits(limits: ParcelLimits): string[] {
  const { maxWeightGrams, packagingWeightGrams, goodsGrams, maxUnits, maxDimensionsCm, maxVolumeCm3 } = limits;
  const sentences = [
    packagingWeightGrams > 0
      ? `A parcel may weigh ${grams(maxWeightGrams)}, ${grams(packagingWeightGrams)} of it packaging, which leaves ${grams(goodsGrams)} for goods.`
      : `A parcel may weigh ${grams(maxWeightGrams)}.`,
  ];
  if (maxUnits !== undefined) sentences.push(`A parcel holds at most ${maxUnits} ${maxUnits === 1 ? 'unit' : 'units'}.`);
  if (maxDimensionsCm && maxVolumeCm3 !== undefined) {
    const { length, width, height } = maxDimensionsCm;
    sentences.push(
      `No unit may be larger than ${length} × ${width} × ${height} cm, turned any way, and the units of known size in a parcel may take up at most ${cm3(maxVolumeCm3)} together (a check on volume alone, not on how they are arranged).`,
    );
  }
  return sentences;
}

export function describeOrder(labels: readonly string[]): string {
  return labels.length === 1
    ? `There is one line to pack: ${labels[0]}.`
    : `Lines are placed heaviest unit first, lines of equal weight in order of line id: ${list(labels)}.`;
}

/** Why a parcel cannot take one more unit of this size. */
export function describeShortfall(index: number, limit: BindingLimit, left: { grams: number; units: number; volumeCm3: number }, unit: UnitSize): string {
  switch (limit) {
    case 'weight':
      return `parcel ${index} had ${grams(left.grams)} left, too little for a ${grams(unit.grams)} unit`;
    case 'units':
      return `parcel ${index} already held the most units allowed`;
    case 'volume':
      return `parcel ${index} had ${cm3(left.volumeCm3)} of room left, too little for a ${cm3(unit.volumeCm3 ?? 0)} unit`;
  }
}

/** Why no open parcel could take another unit: each parcel's reason, or a summary when there are many. */
export function describeNoRoom(shortfalls: readonly string[]): string {
  return shortfalls.length <= 3 ? list(shortfalls) : `none of parcels 1 to ${shortfalls.length} could take another unit`;
}

/** Why a fresh parcel takes no more than `count` units of this size. */
export function describeFullParcel(count: number, limit: BindingLimit, unit: UnitSize, limits: ParcelLimits): string {
  const head = `A parcel takes at most ${count} of these units`;
  switch (limit) {
    case 'weight': {
      const besides = limits.packagingWeightGrams > 0 ? ' besides its packaging' : '';
      return `${head}: ${count + 1} would weigh ${grams((count + 1) * unit.grams)}, more than the ${grams(limits.goodsGrams)} a parcel can carry${besides}.`;
    }
    case 'units':
      return `${head}: that is the most units a parcel may hold.`;
    case 'volume':
      return `${head}: ${count + 1} would take up ${cm3((count + 1) * (unit.volumeCm3 ?? 0))}, more than the ${cm3(limits.maxVolumeCm3 ?? 0)} of the largest box.`;
  }
}

export function describeTotal(parcelCount: number, totalWeightGrams: number, packagingWeightGrams: number): string {
  const parcels = parcelCount === 1 ? '1 parcel' : `${parcelCount} parcels`;
  const packaging = packagingWeightGrams > 0 ? `, ${grams(packagingWeightGrams * parcelCount)} of it packaging` : '';
  return `${parcels}, ${grams(totalWeightGrams)} in all${packaging}.`;
}
