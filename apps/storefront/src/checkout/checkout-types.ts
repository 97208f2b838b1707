import type { AppRouter } from '@emporium/app-services';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;

/** What the checkout procedures (`storefront.checkout.*`) answer, exactly as the API sends it. */
export type DeliveryOption = Outputs['storefront']['checkout']['options']['options'][number];
export type CheckoutView = Outputs['storefront']['checkout']['place'];
