import { Badge } from '@emporium/ui';

/** Whether it can be bought now, in words (the colour only repeats them). */
export function StockStatus({ inStock }: { readonly inStock: boolean }) {
  return inStock ? <Badge tone="success">In stock</Badge> : <Badge tone="danger">Sold out</Badge>;
}
