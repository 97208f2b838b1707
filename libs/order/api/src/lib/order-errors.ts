import type { TRPCError } from '@trpc/server';
import { describeOrderError, type OrderError } from '@emporium/order-domain';
import { domainError } from '@emporium/platform-trpc';

export function orderNotFound(orderId: string): TRPCError {
  return domainError('NOT_FOUND', 'ORDER_NOT_FOUND', 'No such order', { orderId });
}

export function returnRequestNotFound(returnRequestId: string): TRPCError {
  return domainError('NOT_FOUND', 'RETURN_REQUEST_NOT_FOUND', 'No such return request', { returnRequestId });
}

const CONFLICTS: ReadonlySet<OrderError['type']> = new Set(['OrderCancelled', 'CancelAfterShipment', 'EditAfterFulfilment', 'RefundAboveCaptured', 'CurrencyMismatch']);

/** The domain's refusal: the order's state as a CONFLICT with the rule as reason, a bad line or quantity at its field. */
export function orderRuleError(error: OrderError, field = 'lines'): TRPCError {
  const message = describeOrderError(error);
  if (CONFLICTS.has(error.type)) return domainError('CONFLICT', ruleReason(error.type), message, { rule: error.type });
  return domainError('BAD_REQUEST', ruleReason(error.type), message, { rule: error.type, field, ...('lineId' in error ? { lineId: error.lineId } : {}) });
}

/** `CancelAfterShipment` → `CANCEL_AFTER_SHIPMENT`. */
function ruleReason(type: string): string {
  return type.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

export function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: OrderError }, field?: string): T {
  if (!result.ok) throw orderRuleError(result.error, field);
  return result.value;
}
