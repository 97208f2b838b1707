import type { AppRouter } from '@emporium/app-services';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

// What the shipments pages show and send, inferred from the shipping service's staff router (`shipping.admin.shipments`).
type Shipments = inferRouterOutputs<AppRouter>['shipping']['admin']['shipments'];
type ShipmentsInputs = inferRouterInputs<AppRouter>['shipping']['admin']['shipments'];

export type ShipmentPage = Shipments['list'];
export type ShipmentRow = ShipmentPage['items'][number];
export type StaffShipment = Shipments['get'];
export type ShipmentEvent = StaffShipment['events'][number];
export type ShipmentFile = Shipments['labelPdf'];
export type ShipmentStatusFilter = NonNullable<ShipmentsInputs['list']['status']>;
