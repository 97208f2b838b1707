import { Badge } from '@emporium/ui';
import { shipmentStatusLabel, shipmentStatusTone } from './shipment-labels';

export function ShipmentStatusBadge({ status }: { readonly status: string }) {
  return <Badge tone={shipmentStatusTone(status)}>{shipmentStatusLabel(status)}</Badge>;
}
