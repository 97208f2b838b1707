import { Badge } from '@emporium/ui';
import { type PromotionStatus, promotionStatusLabel, promotionStatusTone } from './promotion-labels';

export function PromotionStatusBadge({ status }: { readonly status: PromotionStatus }) {
  return <Badge tone={promotionStatusTone(status)}>{promotionStatusLabel(status)}</Badge>;
}
