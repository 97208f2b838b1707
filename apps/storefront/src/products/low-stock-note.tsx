import { trpc } from '../trpc';

/**
 * "Only 3 left" under a variant the inventory reports as running low. The catalog's page says in stock or sold out;
 * the count comes live from the inventory (a cheap indexed read), and nothing is shown while it loads or if it fails.
 */
export function LowStockNote({ sku }: { readonly sku: string }) {
  const availability = trpc.inventory.availability.useQuery({ skus: [sku] }, { staleTime: 15_000, retry: false });
  const entry = availability.data?.skus[0];
  if (!entry || entry.status !== 'low_stock' || entry.available === null || entry.available <= 0) return null;
  return <span className="purchase-summary__low-stock">Only {entry.available} left</span>;
}
