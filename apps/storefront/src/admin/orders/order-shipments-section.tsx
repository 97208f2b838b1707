import { Badge, Button } from '@emporium/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { trpc } from '../../trpc';
import { AdminSection } from '../components/admin-page';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { downloadFile } from '../shipments/pdf-file';
import { shipmentActionProblem } from '../shipments/shipment-labels';
import { shipmentStatusWord } from './order-labels';
import type { StaffOrder } from './order-types';

/**
 * The order's shipments: carrier, tracking, how far each got, and its documents — the shipping service's label PDF
 * and packing slip, fetched on the click and saved under their own names.
 */
export function OrderShipmentsSection({ order }: { readonly order: StaffOrder }) {
  const utils = trpc.useUtils();
  const [fetching, setFetching] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const download = async (shipmentId: string, kind: 'label' | 'slip') => {
    const input = { id: shipmentId };
    setFetching(`${shipmentId}-${kind}`);
    setProblem(null);
    try {
      downloadFile(kind === 'label' ? await utils.shipping.admin.shipments.labelPdf.fetch(input) : await utils.shipping.admin.shipments.packingSlipPdf.fetch(input));
    } catch (error) {
      setProblem(shipmentActionProblem(error));
    } finally {
      setFetching(null);
    }
  };

  const titleOf = (lineId: string) => order.lines.find((line) => line.lineId === lineId)?.title ?? lineId;

  return (
    <AdminSection title={`Shipments (${order.shipments.length})`}>
      {problem && (
        <div className="admin-alert admin-alert--danger" role="alert">
          <p className="admin-alert__title">The document could not be fetched</p>
          <p>{problem}</p>
        </div>
      )}
      {order.shipments.length === 0 ? (
        <p className="admin-muted">Nothing has been sent yet. “Fulfil” buys a label and lists the shipment here.</p>
      ) : (
        <ul className="admin-cards">
          {order.shipments.map((shipment, index) => {
            const status = shipmentStatusWord(shipment.status);
            const name = order.shipments.length > 1 ? ` of shipment ${index + 1}` : '';
            const { shipmentId } = shipment;
            return (
              <li key={shipmentId ?? index} className="admin-card admin-order-shipment">
                <p className="admin-card__title">
                  {shipmentId ? (
                    <Link to={adminPaths.shipment(shipmentId)}>
                      {shipment.carrier} · {shipment.service}
                    </Link>
                  ) : (
                    `${shipment.carrier} · ${shipment.service}`
                  )}{' '}
                  <Badge tone={status.tone}>{status.label}</Badge>
                </p>
                <dl className="admin-facts">
                  <dt>Tracking</dt>
                  <dd>{shipment.trackingNumber ? <code>{shipment.trackingNumber}</code> : <span className="admin-muted">None yet</span>}</dd>
                  <dt>Contents</dt>
                  <dd>{shipment.lines.map((line) => `${line.quantity} × ${titleOf(line.lineId)}`).join(', ')}</dd>
                  <dt>Created</dt>
                  <dd>{formatDateTime(shipment.createdAt)}</dd>
                  {shipment.shippedAt && (
                    <>
                      <dt>Shipped</dt>
                      <dd>{formatDateTime(shipment.shippedAt)}</dd>
                    </>
                  )}
                  {shipment.deliveredAt && (
                    <>
                      <dt>Delivered</dt>
                      <dd>{formatDateTime(shipment.deliveredAt)}</dd>
                    </>
                  )}
                </dl>
                {shipmentId && (
                  <div className="admin-button-row">
                    <Button variant="secondary" size="sm" aria-label={`Download label${name}`} loading={fetching === `${shipmentId}-label`} onClick={() => void download(shipmentId, 'label')}>
                      Download label
                    </Button>
                    <Button variant="secondary" size="sm" aria-label={`Download packing slip${name}`} loading={fetching === `${shipmentId}-slip`} onClick={() => void download(shipmentId, 'slip')}>
                      Download packing slip
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </AdminSection>
  );
}
