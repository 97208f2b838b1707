import { randomBytes } from 'node:crypto';
import { createPayment, type Payment } from '@emporium/payment-data-access';
import type { CurrencyCode } from '@emporium/money';
import type { PaymentDeps } from './payment-deps';
import { gatewayNotConfigured } from './payment-errors';
import { defaultGateway } from './payment-gateways';

export interface NewPaymentRequest {
  readonly reference: string;
  readonly creationKey: string;
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly customerId: string | null;
  readonly returnUrl: string;
}

/**
 * A payment for the amount the caller computed, with the gateway that takes new payments. The client secret is
 * answered once, for the browser that pays (only its hash is kept); creating again with the same key answers the
 * same payment with no secret.
 */
export async function startPayment(deps: PaymentDeps, request: NewPaymentRequest): Promise<{ payment: Payment; clientSecret: string | null }> {
  const gateway = defaultGateway(deps.config);
  if (!gateway) throw gatewayNotConfigured(deps.config.PAYMENT_GATEWAY ?? 'any');
  const clientSecret = `pay_secret_${randomBytes(24).toString('base64url')}`;
  const { payment, created } = await createPayment(deps.db, { ...request, gateway: gateway.code, clientSecret });
  return { payment, clientSecret: created ? clientSecret : null };
}
