import { Badge } from '@emporium/ui';
import { Link } from 'react-router';
import { trackPath } from '../tracking/tracking-labels';
import { formatOrderDate, shipmentStatusLabel, shipmentStatusTone } from './order-labels';
import { type OrderLineView, type OrderShipmentView } from './order-types';

export interface ShipmentListProps {
  readonly shipments: readonly OrderShipmentView[];
  readonly lines: readonly OrderLineView[];
  /** The shipping address's postcode: with the tracking number it opens the tracking page. */
  readonly postalCode: string | null;
}

/** Each parcel: its carrier, tracking number (a link to the tracking page), status, and what is in it. */
export function ShipmentList({ shipments, lines, postalCode }: ShipmentListProps) {
  return (
    <ul className="order-shipments">
      {shipments.map((shipment, index) => {
        const delivered = shipment.deliveredAt ? formatOrderDate(shipment.deliveredAt) : null;
        return (
          <li key={`${index}-${shipment.trackingNumber ?? ''}`} className="order-shipment">
            <div className="order-shipment__head">
              <h3 className="order-shipment__title">Parcel {index + 1}</h3>
              <Badge tone={shipmentStatusTone(shipment.status)}>{shipmentStatusLabel(shipment.status)}</Badge>
            </div>
            <dl className="order-facts">
              <div>
                <dt>Carrier</dt>
                <dd>
                  {shipment.carrier} · {shipment.service}
                </dd>
              </div>
              {shipment.trackingNumber && (
                <div>
                  <dt>Tracking number</dt>
                  <dd>
                    {postalCode ? <Link to={trackPath({ number: shipment.trackingNumber, postcode: postalCode })}>{shipment.trackingNumber}</Link> : shipment.trackingNumber}
                  </dd>
                </div>
              )}
              {delivered && (
                <div>
                  <dt>Delivered</dt>
                  <dd>
                    <time dateTime={delivered.iso}>{delivered.text}</time>
                  </dd>
                </div>
              )}
            </dl>
            <ul className="order-shipment__lines" aria-label={`In parcel ${index + 1}`}>
              {shipment.lines.map((part) => (
                <li key={part.lineId}>
                  {part.quantity} × {lines.find((line) => line.lineId === part.lineId)?.title ?? 'Item'}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
