export {
  STAND_IN_API_VERSION,
  type SeenRequest,
  startStripeStandIn,
  type StripeStandIn,
  type StripeStandInControl,
  type StripeStandInOptions,
} from './stripe-stand-in';
export type { FailureMode, FailureRule } from '@emporium/stand-in-kit';
export { parseForm, type FormObject, type FormValue } from './form';
export { signStripePayload, STRIPE_SIGNATURE_HEADER } from './signature';
export { eventPayload, type WebhookAttempt, type WebhookTarget } from './webhooks';
export { type IntentRecord } from './books';
export { TEST_PAYMENT_METHODS, type Charge, type EventType, type PaymentIntent, type Refund, type StripeEvent, type TestPaymentMethod } from './stripe-objects';
