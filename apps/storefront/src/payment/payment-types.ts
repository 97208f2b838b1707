import type { AppRouter } from '@emporium/app-services';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

/** The payment as the shopper's procedures answer it (`payment.get`, `authorize`, `confirm`). */
export type PaymentView = Outputs['payment']['get'];
export type PaymentStatusName = PaymentView['status'];
export type PaymentDecline = NonNullable<PaymentView['decline']>;
/** What the storefront needs to show the configured gateway's card form: publishable keys only. */
export type PaymentClientConfig = Outputs['payment']['clientConfig'];

/** Who may see the payment: its id, and its client secret unless the signed-in shopper owns it. */
export type PaymentAccessInput = Inputs['payment']['get'];
export type AuthorizeInput = Inputs['payment']['authorize'];
