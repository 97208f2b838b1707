import { createCouponCodeInput, generateCouponBatchInput } from '@emporium/cart-contracts';
import { checkInput, numberInput } from '../lib/schema-check';

/**
 * The coupon code forms' text as the API's inputs, checked with its schemas. The data is sent as parsed: the schema
 * has already upper-cased the code and the prefix, which is how the API stores them.
 */

export interface CodeDraft {
  readonly code: string;
  readonly usageLimit: string;
}

export function checkNewCode(promotionId: string, draft: CodeDraft) {
  return checkInput(createCouponCodeInput, { promotionId, code: draft.code, usageLimit: draft.usageLimit.trim() === '' ? null : numberInput(draft.usageLimit) });
}

export interface BatchDraft {
  readonly count: string;
  readonly prefix: string;
}

export function checkBatch(promotionId: string, draft: BatchDraft) {
  return checkInput(generateCouponBatchInput, { promotionId, count: numberInput(draft.count), prefix: draft.prefix });
}

/** The form field a path of either input names; the promotion's id belongs to no field. */
export function codeField(path: string): string | null {
  return ['code', 'usageLimit', 'count', 'prefix'].includes(path) ? path : null;
}

/** "LAUNCH-…" for a batch's codes, "Codes without a prefix" otherwise. */
export function batchLabel(batch: { readonly prefix: string; readonly size: number }): string {
  const codes = `${batch.size.toLocaleString('en-US')} code${batch.size === 1 ? '' : 's'}`;
  return batch.prefix ? `${batch.prefix}-… (${codes})` : `No prefix (${codes})`;
}
