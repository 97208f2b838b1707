import type { AppRouter } from '@emporium/app-services';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

// What the promotion pages show, inferred from the cart service's staff router (`cart.admin.promotions`).
type PromotionsAdmin = inferRouterOutputs<AppRouter>['cart']['admin']['promotions'];
type PromotionsAdminInputs = inferRouterInputs<AppRouter>['cart']['admin']['promotions'];

export type StaffPromotion = PromotionsAdmin['get'];
export type PromotionList = PromotionsAdmin['list'];
export type CouponCodeRow = PromotionsAdmin['codes']['list']['rows'][number];
export type CouponBatch = PromotionsAdmin['codes']['batches'][number];
export type PromotionListInput = NonNullable<PromotionsAdminInputs['list']>;
