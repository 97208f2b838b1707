import type { AppRouter } from '@emporium/app-services';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

/** What the checkout procedures (`storefront.checkout.*`) answer, exactly as the API sends it. */
export type DeliveryOptions = Outputs['storefront']['checkout']['options'];
export type DeliveryOption = DeliveryOptions['options'][number];
export type CheckoutReview = Outputs['storefront']['checkout']['review'];
export type CheckoutReviewLine = CheckoutReview['lines'][number];
export type CheckoutView = Outputs['storefront']['checkout']['place'];

export type PlaceInput = Inputs['storefront']['checkout']['place'];
export type Destination = Inputs['storefront']['checkout']['options']['destination'];
