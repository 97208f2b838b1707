import type { AppRouter } from '@emporium/app-services';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

// What the order pages show and send, inferred from the order service's staff router (`order.admin`).
type Orders = inferRouterOutputs<AppRouter>['order']['admin'];
type OrdersInputs = inferRouterInputs<AppRouter>['order']['admin'];

export type StaffOrderPage = Orders['list'];
export type StaffOrderRow = StaffOrderPage['items'][number];
export type StaffOrder = Orders['get'];
export type StaffOrderLine = StaffOrder['lines'][number];
export type StaffOrderShipment = StaffOrder['shipments'][number];
export type StaffReturnRequest = StaffOrder['returns'][number];
export type StaffTimelineEntry = StaffOrder['timeline'][number];
export type StaffOrderNote = StaffOrder['notes'][number];
export type OrderDashboard = Orders['dashboard'];
export type OrderListInput = OrdersInputs['list'];
export type FulfilResult = Orders['fulfil'];
export type OrderStatus = NonNullable<OrderListInput['status']>;
