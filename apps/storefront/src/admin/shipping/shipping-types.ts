import type { AppRouter } from '@emporium/app-services';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

// What the shipping pages show and send, inferred from the shipping service's staff router (`shipping.admin`).
type ShippingAdmin = inferRouterOutputs<AppRouter>['shipping']['admin'];
type ShippingAdminInputs = inferRouterInputs<AppRouter>['shipping']['admin'];

export type StaffZone = ShippingAdmin['zones']['list'][number];
export type StaffMethod = StaffZone['methods'][number];
export type RatePreview = ShippingAdmin['preview'];
export type RateOption = RatePreview['options'][number];

export type ZoneFieldsInput = ShippingAdminInputs['zones']['create'];
export type MethodFieldsInput = ShippingAdminInputs['methods']['create'];
export type PreviewInput = ShippingAdminInputs['preview'];
export type MethodPricing = StaffMethod['pricing'];
export type MethodKind = MethodPricing['kind'];
