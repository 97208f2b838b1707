import { type ReturnReason } from './order-labels';

/** What the return form holds for one line: how many to send back (as typed) and why. */
export interface ReturnLineDraft {
  readonly lineId: string;
  readonly quantity: string;
  readonly reason: ReturnReason | '';
  readonly note: string;
}

export interface ReturnableLine {
  readonly lineId: string;
  readonly title: string;
  /** Units that may still be returned: delivered and not yet asked back. */
  readonly max: number;
}

/** The lines with something left to return, by the order's own `actions.returnable`. */
export function returnableLines(
  lines: ReadonlyArray<{ readonly lineId: string; readonly title: string }>,
  returnable: ReadonlyArray<{ readonly lineId: string; readonly quantity: number }>,
): ReturnableLine[] {
  return lines.flatMap((line) => {
    const max = returnable.find((entry) => entry.lineId === line.lineId)?.quantity ?? 0;
    return max > 0 ? [{ lineId: line.lineId, title: line.title, max }] : [];
  });
}

export type ReturnCheck =
  | { readonly ok: true; readonly lines: ReadonlyArray<{ lineId: string; quantity: number; reason: ReturnReason; note?: string }> }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/**
 * The request the form makes: each line with a quantity above zero, at most what may be returned, with a reason.
 * Errors are keyed `<lineId>.quantity` / `<lineId>.reason`, and `lines` when nothing was chosen.
 */
export function checkReturn(drafts: readonly ReturnLineDraft[], returnable: readonly ReturnableLine[]): ReturnCheck {
  const errors: Record<string, string> = {};
  const lines: Array<{ lineId: string; quantity: number; reason: ReturnReason; note?: string }> = [];
  for (const draft of drafts) {
    const text = draft.quantity.trim();
    if (text === '' || text === '0') continue;
    const max = returnable.find((line) => line.lineId === draft.lineId)?.max ?? 0;
    const quantity = Number(text);
    if (!/^\d+$/.test(text) || quantity < 1) errors[`${draft.lineId}.quantity`] = 'Enter a whole number';
    else if (quantity > max) errors[`${draft.lineId}.quantity`] = max === 1 ? 'You can return 1 of these' : `You can return at most ${max} of these`;
    if (draft.reason === '') errors[`${draft.lineId}.reason`] = 'Choose a reason';
    if (errors[`${draft.lineId}.quantity`] === undefined && draft.reason !== '') {
      const note = draft.note.trim();
      lines.push({ lineId: draft.lineId, quantity, reason: draft.reason, ...(note ? { note } : {}) });
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (lines.length === 0) return { ok: false, errors: { lines: 'Choose how many of an item to return' } };
  return { ok: true, lines };
}
