import type { AppRouter } from '@emporium/app-services';
import type { inferRouterOutputs } from '@trpc/server';

// What the tax page shows, inferred from the cart service's staff router (`cart.admin.tax`).
type TaxAdmin = inferRouterOutputs<AppRouter>['cart']['admin']['tax'];

export type TaxClass = TaxAdmin['classes'][number];
export type TaxRegion = TaxAdmin['regions'][number];
export type TaxRate = TaxRegion['rates'][number];
export type CurrencySettings = TaxAdmin['currencies'][number];
