/** The steps of the checkout before payment, in order; billing only when it differs from shipping. */
export type CheckoutStepId = 'shipping' | 'billing' | 'delivery' | 'review';

export interface CheckoutStep {
  readonly id: CheckoutStepId;
  readonly label: string;
}

const SHIPPING: CheckoutStep = { id: 'shipping', label: 'Contact & shipping' };
const BILLING: CheckoutStep = { id: 'billing', label: 'Billing address' };
const DELIVERY: CheckoutStep = { id: 'delivery', label: 'Delivery' };
const REVIEW: CheckoutStep = { id: 'review', label: 'Review' };

export function checkoutSteps(billingSame: boolean): readonly CheckoutStep[] {
  return billingSame ? [SHIPPING, DELIVERY, REVIEW] : [SHIPPING, BILLING, DELIVERY, REVIEW];
}

/** The step after `current`, or null after the last. */
export function nextStep(steps: readonly CheckoutStep[], current: CheckoutStepId): CheckoutStepId | null {
  const index = steps.findIndex((step) => step.id === current);
  return steps[index + 1]?.id ?? null;
}
