import type { AppRouter } from '@emporium/app-services';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

// What the payments pages show and send, inferred from the payment service's staff router (`payment.admin`).
type Payments = inferRouterOutputs<AppRouter>['payment']['admin'];
type PaymentsInputs = inferRouterInputs<AppRouter>['payment']['admin'];

export type PaymentPage = Payments['list'];
export type PaymentRow = PaymentPage['items'][number];
export type StaffPayment = Payments['get'];
export type LedgerEntry = StaffPayment['ledger'][number];
export type PaymentAttempt = StaffPayment['attempts'][number];
export type GatewayEvent = StaffPayment['events'][number];
export type PaymentLink = Payments['createLink'];
export type CreateLinkInput = PaymentsInputs['createLink'];
