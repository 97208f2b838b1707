import { skuKey } from './sku';
import type { StockLevel } from './stock-level';

/** Every change to a level is one of these, written to the ledger in the same transaction as the level. */
export const MOVEMENT_KINDS = ['adjustment', 'reservation', 'release', 'commitment', 'restock', 'transfer_out', 'transfer_in'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export interface Movement {
  readonly sku: string;
  readonly locationId: string;
  readonly kind: MovementKind;
  readonly onHandDelta: number;
  readonly reservedDelta: number;
}

/**
 * What a movement of `quantity` units does to a level. A reservation promises units without moving them; a
 * commitment ships them (they leave on hand and the promise ends together); a restock puts returned units back.
 * Only an adjustment's quantity is signed.
 */
export function movementDeltas(kind: MovementKind, quantity: number): { onHandDelta: number; reservedDelta: number } {
  // `0 - q` rather than `-q`: a zero quantity gives 0, not -0, which would compare unequal in deep equality.
  switch (kind) {
    case 'reservation':
      return { onHandDelta: 0, reservedDelta: quantity };
    case 'release':
      return { onHandDelta: 0, reservedDelta: 0 - quantity };
    case 'commitment':
      return { onHandDelta: 0 - quantity, reservedDelta: 0 - quantity };
    case 'restock':
    case 'transfer_in':
    case 'adjustment':
      return { onHandDelta: quantity, reservedDelta: 0 };
    case 'transfer_out':
      return { onHandDelta: 0 - quantity, reservedDelta: 0 };
  }
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
type Place = { readonly sku: string; readonly locationId: string };
const byLevel = (a: Place, b: Place): number => compareText(skuKey(a.sku), skuKey(b.sku)) || compareText(a.locationId, b.locationId);
const levelKey = (sku: string, locationId: string): string => `${skuKey(sku)}\u0000${locationId}`;

/** Levels summed per (SKU by `skuKey`, location), each keeping the SKU as first written. */
function foldLevels(entries: Iterable<{ readonly sku: string; readonly locationId: string; readonly onHand: number; readonly reserved: number }>): Map<string, StockLevel> {
  const levels = new Map<string, StockLevel>();
  for (const entry of entries) {
    const key = levelKey(entry.sku, entry.locationId);
    const level = levels.get(key) ?? { sku: entry.sku, locationId: entry.locationId, onHand: 0, reserved: 0 };
    levels.set(key, { ...level, onHand: level.onHand + entry.onHand, reserved: level.reserved + entry.reserved });
  }
  return levels;
}

/**
 * The levels the ledger says there should be: every movement folded per (SKU, location), sorted by SKU then
 * location. Compared with the recorded levels (`compareLevels`) it finds drift after a bug or a manual SQL edit.
 */
export function rebuildLevels(movements: Iterable<Movement>): StockLevel[] {
  const entries = function* () {
    for (const movement of movements) {
      yield { sku: movement.sku, locationId: movement.locationId, onHand: movement.onHandDelta, reserved: movement.reservedDelta };
    }
  };
  return [...foldLevels(entries()).values()].sort(byLevel);
}

export interface LevelDiscrepancy {
  readonly sku: string;
  readonly locationId: string;
  readonly recorded: { onHand: number; reserved: number };
  readonly rebuilt: { onHand: number; reserved: number };
}

/**
 * Every (SKU, location) where the recorded level and the rebuilt one disagree, sorted by SKU then location. A level
 * missing on one side counts as 0 on hand, 0 reserved, so an all-zero level needs no row.
 */
export function compareLevels(recorded: readonly StockLevel[], rebuilt: readonly StockLevel[]): LevelDiscrepancy[] {
  const left = foldLevels(recorded);
  const right = foldLevels(rebuilt);
  const discrepancies: LevelDiscrepancy[] = [];
  for (const key of new Set([...left.keys(), ...right.keys()])) {
    const mine = left.get(key);
    const theirs = right.get(key);
    const named = mine ?? theirs;
    if (!named) continue;
    const recordedLevel = { onHand: mine?.onHand ?? 0, reserved: mine?.reserved ?? 0 };
    const rebuiltLevel = { onHand: theirs?.onHand ?? 0, reserved: theirs?.reserved ?? 0 };
    if (recordedLevel.onHand === rebuiltLevel.onHand && recordedLevel.reserved === rebuiltLevel.reserved) continue;
    discrepancies.push({ sku: named.sku, locationId: named.locationId, recorded: recordedLevel, rebuilt: rebuiltLevel });
  }
  return discrepancies.sort(byLevel);
}
