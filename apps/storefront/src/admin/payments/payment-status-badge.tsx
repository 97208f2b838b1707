import { Badge } from '@emporium/ui';
import { paymentStatusLabel, paymentStatusTone } from './payment-labels';

export function PaymentStatusBadge({ status }: { readonly status: string }) {
  return <Badge tone={paymentStatusTone(status)}>{paymentStatusLabel(status)}</Badge>;
}
