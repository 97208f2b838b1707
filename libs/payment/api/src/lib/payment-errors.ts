import type { TRPCError } from '@trpc/server';
import { describePaymentError, type PaymentError } from '@emporium/payment-domain';
import { domainError, invalidInput } from '@emporium/platform-trpc';

export function paymentNotFound(paymentId: string): TRPCError {
  return domainError('NOT_FOUND', 'PAYMENT_NOT_FOUND', 'No such payment', { paymentId });
}

/** A refusal of the payment rules: a bad amount at its field (BAD_REQUEST), the payment's state as a CONFLICT. */
export function paymentRuleError(error: PaymentError, currency: string): TRPCError {
  const message = describePaymentError(error, currency);
  // Nothing left at all is the payment's state, whatever amount was asked.
  if (error.type === 'AmountAboveCapturable' && error.capturable === 0) {
    return domainError('CONFLICT', 'NOTHING_TO_CAPTURE', 'Nothing is left to capture on this payment', { rule: error.type });
  }
  if (error.type === 'AmountAboveRefundable' && error.refundable === 0) {
    return domainError('CONFLICT', 'NOTHING_TO_REFUND', 'Nothing is left to refund on this payment', { rule: error.type });
  }
  if (error.type === 'TransitionRefused' || error.field === 'payment') {
    return domainError('CONFLICT', error.type === 'VoidAfterCapture' ? 'VOID_AFTER_CAPTURE' : 'PAYMENT_STATE', message, { rule: error.type });
  }
  return invalidInput([{ path: error.field, message }]);
}

/** Another call on this payment is in flight (or its outcome is being settled): try again in a moment. */
export function paymentBusy(paymentId: string): TRPCError {
  return domainError('CONFLICT', 'PAYMENT_BUSY', 'Another operation on this payment is in progress; try again in a moment', { paymentId });
}

/** The gateway did not answer: the outcome is unknown and is being settled by reading the payment back. */
export function paymentPending(paymentId: string): TRPCError {
  return domainError('SERVICE_UNAVAILABLE', 'PAYMENT_PENDING', 'The payment provider did not answer in time. We are checking the payment; its status updates shortly.', { paymentId });
}

export function gatewayNotConfigured(gateway: string): TRPCError {
  return domainError('SERVICE_UNAVAILABLE', 'GATEWAY_UNAVAILABLE', `The payment provider ${gateway} is not configured here`, { gateway });
}
