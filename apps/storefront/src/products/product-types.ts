import type { AppRouter } from '@emporium/app-services';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;

/** A product as listed in a grid, exactly as the API returns it. */
export type ProductSummary = Outputs['catalog']['products']['list']['items'][number];
/** A product with everything its own page shows. */
export type ProductDetail = Outputs['catalog']['products']['bySlug'];
