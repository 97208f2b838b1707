export { type PaymentRouter, paymentRouter } from './lib/payments.router';
export type { PaymentService } from './lib/payment.service-ref';
export { PAYMENT_EVENTS, type PaymentStatusChanged } from './lib/payment-events';
export { PAYMENT_WEBHOOK_PATH, receivePaymentWebhook } from './lib/payment-webhooks';
export { paymentJobs } from './lib/payment.jobs';
