import type { ServiceRef } from '@emporium/platform-trpc';
import type { PaymentRouter } from './payments.router';

/** How other services name the payment service: `ctx.services.client<PaymentService>('payment')`. */
export type PaymentService = ServiceRef<'payment', PaymentRouter>;
