/**
 * The fulfil and edit forms type a quantity per line. These turn what was typed into the procedures' `lines` and
 * `changes`, or problems keyed `lines.<lineId>` (or `lines` for the form as a whole) to show before asking the
 * server — which checks the counts again under its lock and has the last word.
 */

export interface LineCounts {
  readonly lineId: string;
  readonly title: string;
  readonly sku: string;
  /** Units bought (after any edit). */
  readonly quantity: number;
  readonly fulfilled: number;
}

export type Quantities = Readonly<Record<string, string>>;
export type Problems = Record<string, string>;

type Check<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: Problems };

/** Units of a line still to fulfil. */
export const unfulfilled = (line: LineCounts): number => Math.max(0, line.quantity - line.fulfilled);

/** Whether the whole order is fulfilled already (nothing left to send). */
export const nothingToFulfil = (lines: readonly LineCounts[]): boolean => lines.every((line) => unfulfilled(line) === 0);

function wholeNumber(typed: string): number | null {
  const text = typed.trim();
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}

/** Units per line to fulfil: blank and 0 leave a line out; at most what is left of each; at least one unit in all. */
export function fulfilLines(lines: readonly LineCounts[], typed: Quantities): Check<Array<{ lineId: string; quantity: number }>> {
  const problems: Problems = {};
  const chosen: Array<{ lineId: string; quantity: number }> = [];
  for (const line of lines) {
    const text = (typed[line.lineId] ?? '').trim();
    if (text === '' || text === '0') continue;
    const quantity = wholeNumber(text);
    const left = unfulfilled(line);
    if (quantity === null) problems[`lines.${line.lineId}`] = 'Enter a whole number of units';
    else if (quantity > left) problems[`lines.${line.lineId}`] = left === 0 ? 'Every unit is fulfilled already' : `At most ${left} left to fulfil`;
    else chosen.push({ lineId: line.lineId, quantity });
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  if (chosen.length === 0) return { ok: false, problems: { lines: 'Enter how many units of at least one line to send' } };
  return { ok: true, value: chosen };
}

/** The edit form's starting text: each line's quantity now. */
export function currentQuantities(lines: readonly LineCounts[]): Quantities {
  return Object.fromEntries(lines.map((line) => [line.lineId, String(line.quantity)]));
}

/**
 * The lines whose quantity changed (0 removes a line). An edit only lowers quantities, never below what was already
 * fulfilled; nothing changed is a problem of the form, not a call.
 */
export function editChanges(lines: readonly LineCounts[], typed: Quantities): Check<Array<{ lineId: string; quantity: number }>> {
  const problems: Problems = {};
  const changes: Array<{ lineId: string; quantity: number }> = [];
  for (const line of lines) {
    const text = typed[line.lineId] ?? String(line.quantity);
    const quantity = wholeNumber(text);
    if (quantity === null) problems[`lines.${line.lineId}`] = 'Enter a whole number of units (0 removes the line)';
    else if (quantity > line.quantity) problems[`lines.${line.lineId}`] = `An edit can only lower a quantity (ordered ${line.quantity}); to sell more, place a new order`;
    else if (quantity < line.fulfilled) problems[`lines.${line.lineId}`] = `${line.fulfilled} already fulfilled; it cannot go below that`;
    else if (quantity !== line.quantity) changes.push({ lineId: line.lineId, quantity });
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  if (changes.length === 0) return { ok: false, problems: { lines: 'Change the quantity of at least one line' } };
  if (lines.every((line) => changes.some((change) => change.lineId === line.lineId && change.quantity === 0))) {
    return { ok: false, problems: { lines: 'An order keeps at least one line; cancel the order instead' } };
  }
  return { ok: true, value: changes };
}

/**
 * Where a server field path of these forms belongs: `lines.<index>.<field>` is the line sent at that index,
 * `changes.<index>…` likewise for edits; other paths by name, or null when no field claims it.
 */
export function lineFieldOf(path: string, sent: ReadonlyArray<{ readonly lineId: string }>, own: readonly string[] = []): string | null {
  const match = /^(?:lines|changes)\.(\d+)(?:\.|$)/.exec(path);
  if (match) {
    const line = sent[Number(match[1])];
    return line ? `lines.${line.lineId}` : 'lines';
  }
  if (path === 'lines' || path === 'changes') return 'lines';
  return own.includes(path) ? path : null;
}
