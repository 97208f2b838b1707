import type { AppRouter } from '@emporium/app-services';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

/** The cart as every cart procedure returns it, exactly as the API sends it. */
export type CartView = Outputs['cart']['get'];
export type CartLineView = CartView['lines'][number];
export type LineFlag = CartLineView['flags'][number];
export type CartCouponView = CartView['coupons'][number];
export type CartTotalsView = NonNullable<CartView['totals']>;
export type CartNoticeView = CartView['notices'][number];
export type CartDestination = NonNullable<CartView['destination']>;

/** What each cart procedure takes. */
export type CartInputs = Inputs['cart'];
