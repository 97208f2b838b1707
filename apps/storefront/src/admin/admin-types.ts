import type { AppRouter } from '@emporium/app-services';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

// Everything the admin shows is inferred from the API's routers, as the shop's product types are.
type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;
type CatalogAdmin = Outputs['catalog']['admin'];
type UserAdmin = Outputs['user']['admin'];
type InventoryAdmin = Outputs['inventory']['admin'];

export type StaffProductList = CatalogAdmin['products']['list'];
export type StaffProductRow = StaffProductList['items'][number];
export type StaffProduct = CatalogAdmin['products']['get'];
export type StaffVariant = StaffProduct['variants'][number];
export type StaffOption = StaffProduct['options'][number];
export type StaffImage = StaffProduct['images'][number];
export type ProductStatus = StaffProduct['status'];
export type VariantStatus = StaffVariant['status'];
export type PublishBlocker = StaffProduct['publishBlockers'][number];

export type UpdateProductInput = Inputs['catalog']['admin']['products']['update'];
export type CreateProductInput = Inputs['catalog']['admin']['products']['create'];

export type StaffCategoryNode = CatalogAdmin['categories']['tree'][number];
export type StaffCollection = CatalogAdmin['collections']['list'][number];
export type StaffCollectionDetail = CatalogAdmin['collections']['get'];

export type CustomerList = UserAdmin['customers']['list'];
export type CustomerRow = CustomerList['items'][number];
export type CustomerDetail = UserAdmin['customers']['get'];
export type Role = CustomerRow['role'];

export type MailSummary = UserAdmin['mailbox']['list']['items'][number];
export type MailDetail = UserAdmin['mailbox']['get'];

export type StockLocation = InventoryAdmin['locations']['list'][number];
export type StockRow = InventoryAdmin['stock']['get'];
export type StockStatus = StockRow['status'];
export type StockMovement = InventoryAdmin['stock']['movements']['rows'][number];
export type StockAlert = InventoryAdmin['alerts'][number];
export type StockListFilter = NonNullable<Inputs['inventory']['admin']['stock']['list']['filter']>;

export type SignedInUser = NonNullable<Outputs['user']['me']>;
