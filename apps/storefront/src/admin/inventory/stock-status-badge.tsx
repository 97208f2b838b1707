import { Badge } from '@emporium/ui';
import type { StockStatus } from '../admin-types';
import { stockStatusLabel, stockStatusTone } from './stock-labels';

export function StockStatusBadge({ status }: { readonly status: StockStatus }) {
  return <Badge tone={stockStatusTone(status)}>{stockStatusLabel(status)}</Badge>;
}
