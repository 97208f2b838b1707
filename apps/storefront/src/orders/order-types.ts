import type { AppRouter } from '@emporium/app-services';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

/** One order as its shopper sees it (`order.mine.get`, `order.guest.get`, and what cancel and return answer). */
export type OrderView = Outputs['order']['mine']['get'];
export type OrderLineView = OrderView['lines'][number];
export type OrderShipmentView = OrderView['shipments'][number];
export type OrderAddressView = NonNullable<OrderView['shippingAddress']>;
/** A row of the customer's order history. */
export type OrderSummaryView = Outputs['order']['mine']['list']['items'][number];
export type ReturnLineInput = Inputs['order']['mine']['requestReturn']['lines'][number];
