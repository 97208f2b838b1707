/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every machine and
 * Node version, which Math.random cannot promise. Not for anything secret.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, each as likely as its weight. */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T;
  /** `count` distinct items in their original order. */
  sample<T>(items: readonly T[], count: number): T[];
}

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('Cannot pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted(items, weightOf) {
      const total = items.reduce((sum, item) => sum + weightOf(item), 0);
      let point = next() * total;
      for (const item of items) {
        point -= weightOf(item);
        if (point < 0) return item;
      }
      return pick(items);
    },
    sample(items, count) {
      // Selection sampling (Knuth's algorithm S): one pass, order kept.
      const chosen = [];
      let needed = Math.min(count, items.length);
      for (let index = 0; index < items.length && needed > 0; index++) {
        if (next() * (items.length - index) < needed) {
          chosen.push(items[index] as (typeof items)[number]);
          needed--;
        }
      }
      return chosen;
    },
  };
}
