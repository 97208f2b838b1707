/** Where things live in the admin, in one place so links and redirects agree. */
export const ADMIN_ROOT = '/admin';

export const adminPaths = {
  dashboard: ADMIN_ROOT,
  orders: `${ADMIN_ROOT}/orders`,
  order: (id: string) => `${ADMIN_ROOT}/orders/${encodeURIComponent(id)}`,
  products: `${ADMIN_ROOT}/products`,
  newProduct: `${ADMIN_ROOT}/products/new`,
  product: (id: string) => `${ADMIN_ROOT}/products/${encodeURIComponent(id)}`,
  categories: `${ADMIN_ROOT}/categories`,
  collections: `${ADMIN_ROOT}/collections`,
  collection: (id: string) => `${ADMIN_ROOT}/collections/${encodeURIComponent(id)}`,
  csv: `${ADMIN_ROOT}/import`,
  customers: `${ADMIN_ROOT}/customers`,
  customer: (id: string) => `${ADMIN_ROOT}/customers/${encodeURIComponent(id)}`,
  mailbox: `${ADMIN_ROOT}/mailbox`,
  mail: (id: string) => `${ADMIN_ROOT}/mailbox/${encodeURIComponent(id)}`,
  inventory: `${ADMIN_ROOT}/inventory`,
  stockAlerts: `${ADMIN_ROOT}/inventory/alerts`,
  stockLocations: `${ADMIN_ROOT}/inventory/locations`,
  sku: (sku: string) => `${ADMIN_ROOT}/inventory/sku/${encodeURIComponent(sku)}`,
  promotions: `${ADMIN_ROOT}/promotions`,
  newPromotion: `${ADMIN_ROOT}/promotions/new`,
  promotion: (id: string) => `${ADMIN_ROOT}/promotions/${encodeURIComponent(id)}`,
  tax: `${ADMIN_ROOT}/tax`,
  shipping: `${ADMIN_ROOT}/shipping`,
  newShippingZone: `${ADMIN_ROOT}/shipping/zones/new`,
  shippingZone: (id: string) => `${ADMIN_ROOT}/shipping/zones/${encodeURIComponent(id)}`,
  shipments: `${ADMIN_ROOT}/shipments`,
  shipment: (id: string) => `${ADMIN_ROOT}/shipments/${encodeURIComponent(id)}`,
  payments: `${ADMIN_ROOT}/payments`,
  payment: (id: string) => `${ADMIN_ROOT}/payments/${encodeURIComponent(id)}`,
} as const;

/**
 * The sign-in page, asked to come back here afterwards. Only a path inside the admin is passed on, so the link
 * cannot be turned into a redirect to another site.
 */
export function signInPath(returnTo: string): string {
  const next = returnTo.startsWith(`${ADMIN_ROOT}/`) || returnTo === ADMIN_ROOT ? returnTo : ADMIN_ROOT;
  return `/account/sign-in?${new URLSearchParams({ next }).toString()}`;
}
