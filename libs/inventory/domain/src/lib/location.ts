/** A warehouse or store that holds stock. Lower `priority` ships first; inactive locations are never allocated from. */
export interface StockLocation {
  readonly id: string;
  readonly priority: number;
  readonly active: boolean;
}

/** Sort order for allocation: lower priority number first, then id, so equal priorities still order the same way every time. */
export function byPriority(a: StockLocation, b: StockLocation): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
