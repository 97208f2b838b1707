/** Small pure helpers the admin forms share: what changed, blanks as nulls, moving a list item. */

/**
 * The fields of `draft` that differ from `initial`, so an update sends only what staff changed (and two people
 * editing different fields of one product do not undo each other's work). Arrays compare by content.
 */
export function changedFields<T extends Record<string, unknown>>(initial: T, draft: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(draft) as Array<keyof T>) {
    if (!sameValue(initial[key], draft[key])) changes[key] = draft[key];
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function hasChanges(changes: Readonly<Record<string, unknown>>): boolean {
  return Object.keys(changes).length > 0;
}

/** An optional text field: blank (or only spaces) means "none". */
export function blankToNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** The list with the item at `index` moved by `offset` places; out-of-range moves leave it as it was. */
export function moveItem<T>(list: readonly T[], index: number, offset: number): T[] {
  const target = index + offset;
  const copy = [...list];
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return copy;
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

/** "1–25 of 300"; "0 of 0" for an empty list. */
export function rangeLabel(page: number, pageSize: number, total: number): string {
  if (total === 0) return 'None found';
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return `${first}–${last} of ${total}`;
}

export function pageCount(pageSize: number, total: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
