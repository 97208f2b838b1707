import './shipments.css';
import { Button, formatMoney } from '@emporium/ui';
import { acceptsReturns } from '@emporium/shipping-domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { trpc } from '../../trpc';
import { AdminPage, AdminSection } from '../components/admin-page';
import { ConfirmActions, ConfirmDialog } from '../components/confirm-dialog';
import { Loaded } from '../components/loaded';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { useFeedback } from '../lib/use-feedback';
import { downloadFile, openFileInNewTab } from './pdf-file';
import { addressLines, canDo, formatWeight, shipmentActionProblem, shipmentStatusLabel } from './shipment-labels';
import { ReturnDialog } from './return-dialog';
import { ShipmentStatusBadge } from './shipment-status-badge';
import type { StaffShipment } from './shipment-types';

/** One shipment: where it goes, what is in it, its label and documents, the staff actions and the carrier's timeline. */
export function ShipmentPage() {
  const { id = '' } = useParams();
  const shipment = trpc.shipping.admin.shipments.get.useQuery({ id }, { staleTime: 0 });
  return (
    <AdminPage title={shipment.data ? `Shipment ${shipment.data.orderRef}` : 'Shipment'} back={{ to: adminPaths.shipments, label: 'Shipments' }}>
      <Loaded query={shipment}>{(data) => <ShipmentDetail shipment={data} />}</Loaded>
    </AdminPage>
  );
}

function ShipmentDetail({ shipment }: { readonly shipment: StaffShipment }) {
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  const [problem, setProblem] = useState<string | null>(null);
  const [fetchingFile, setFetchingFile] = useState<string | null>(null);
  const done = (message: string) => (next: StaffShipment) => {
    setProblem(null);
    utils.shipping.admin.shipments.get.setData({ id: next.id }, next);
    void utils.shipping.admin.shipments.invalidate();
    feedback.saved(message);
  };
  const failed = (error: unknown) => {
    setProblem(shipmentActionProblem(error));
    void utils.shipping.admin.shipments.get.invalidate({ id: shipment.id });
  };
  const buyLabel = trpc.shipping.admin.shipments.buyLabel.useMutation({ onSuccess: done('Label bought'), onError: failed });
  const markShipped = trpc.shipping.admin.shipments.markShipped.useMutation({ onSuccess: done('Marked as shipped'), onError: failed });
  const cancel = trpc.shipping.admin.shipments.cancelLabel.useMutation({ onSuccess: done('Shipment cancelled'), onError: failed });
  const busy = buyLabel.isPending || markShipped.isPending || cancel.isPending;
  const input = { shipmentId: shipment.id };

  const fetchFile = async (kind: 'label' | 'slip', use: 'download' | 'print') => {
    const load = () => (kind === 'label' ? utils.shipping.admin.shipments.labelPdf.fetch({ id: shipment.id }) : utils.shipping.admin.shipments.packingSlipPdf.fetch({ id: shipment.id }));
    setFetchingFile(`${kind}-${use}`);
    try {
      if (use === 'download') downloadFile(await load());
      else if (!(await openFileInNewTab(load))) setProblem('The browser blocked the new tab. Allow pop-ups for this site, or download the PDF instead.');
    } catch (error) {
      setProblem(shipmentActionProblem(error));
    } finally {
      setFetchingFile(null);
    }
  };

  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const confirmCancel = () => setConfirmingCancel(true);
  const [returning, setReturning] = useState(false);
  const isReturn = shipment.kind === 'return';
  const canReturn = !isReturn && acceptsReturns(shipment.status) && shipment.returnable.some((line) => line.quantity > 0);

  return (
    <div className="admin-shipment">
      <div className="admin-shipment__summary">
        <dl className="admin-shipment__facts">
          <div>
            <dt>Order</dt>
            <dd>{shipment.orderRef}</dd>
          </div>
          {isReturn && shipment.returnOf && (
            <div>
              <dt>Return of</dt>
              <dd>
                <Link to={adminPaths.shipment(shipment.returnOf)}>the outbound shipment</Link>
                {shipment.returnReason && <span className="admin-muted"> · {shipment.returnReason}</span>}
              </dd>
            </div>
          )}
          <div>
            <dt>Status</dt>
            <dd data-testid="shipment-status">
              <ShipmentStatusBadge status={shipment.status} />
              <span className="admin-muted"> since {formatDateTime(shipment.statusChangedAt)}</span>
            </dd>
          </div>
          <div>
            <dt>Carrier</dt>
            <dd>
              {shipment.carrier} · {shipment.service}
            </dd>
          </div>
          <div>
            <dt>Created</dt>
            <dd>{formatDateTime(shipment.createdAt)}</dd>
          </div>
        </dl>
        <div className="admin-shipment__actions" role="group" aria-label="Shipment actions">
          <Button onClick={() => buyLabel.mutate(input)} disabled={busy || !canDo('purchase_label', shipment.status)} loading={buyLabel.isPending}>
            Buy label
          </Button>
          <Button variant="secondary" onClick={() => markShipped.mutate(input)} disabled={busy || !canDo('mark_shipped', shipment.status)} loading={markShipped.isPending}>
            Mark shipped
          </Button>
          <Button variant="ghost" onClick={confirmCancel} disabled={busy || !canDo('cancel', shipment.status)} loading={cancel.isPending}>
            Cancel shipment
          </Button>
          {!isReturn && (
            <Button variant="secondary" onClick={() => setReturning(true)} disabled={busy || !canReturn}>
              Create return
            </Button>
          )}
        </div>
      </div>
      <ConfirmDialog subject={confirmingCancel ? shipment : null} subjectKey={(subject) => subject.id} onClose={() => setConfirmingCancel(false)}>
        {(subject, titleId) => (
          <>
            <h2 id={titleId} className="admin-dialog__title">
              Cancel the shipment for {subject.orderRef}?
            </h2>
            <p>{subject.label ? 'Its label is voided at the carrier, and the carrier stops tracking it.' : 'No label was bought; the shipment is simply closed.'}</p>
            <ConfirmActions
              confirmLabel="Cancel shipment"
              error={cancel.error}
              problemTitle="The shipment was not cancelled"
              pending={cancel.isPending}
              onConfirm={() => cancel.mutate(input, { onSettled: () => setConfirmingCancel(false) })}
              onCancel={() => setConfirmingCancel(false)}
              dismissLabel="Keep it"
            />
          </>
        )}
      </ConfirmDialog>
      <ReturnDialog shipment={returning ? shipment : null} onClose={() => setReturning(false)} />
      {problem && (
        <div className="admin-alert admin-alert--danger" role="alert">
          <p>{problem}</p>
        </div>
      )}

      <div className="admin-shipment__addresses">
        <AdminSection title={isReturn ? 'From the customer' : 'Ship from'}>
          <address className="admin-shipment__address">
            {addressLines(shipment.shipFrom).map((line, index) => (
              <span key={index}>{line}</span>
            ))}
          </address>
        </AdminSection>
        <AdminSection title={isReturn ? 'Back to' : 'Ship to'}>
          <address className="admin-shipment__address">
            {addressLines(shipment.shipTo).map((line, index) => (
              <span key={index}>{line}</span>
            ))}
          </address>
        </AdminSection>
      </div>

      <AdminSection title="Label and documents">
        {shipment.label ? (
          <p>
            Label <code>{shipment.label.labelId}</code> bought {formatDateTime(shipment.label.createdAt)} ·{' '}
            {formatMoney(shipment.label.amount.amount, shipment.label.amount.currency)}
          </p>
        ) : (
          <p className="admin-muted">No label yet.</p>
        )}
        <div className="admin-shipment__documents">
          {shipment.label && (
            <>
              <Button variant="secondary" size="sm" onClick={() => void fetchFile('label', 'download')} loading={fetchingFile === 'label-download'}>
                Download label PDF
              </Button>
              <Button variant="secondary" size="sm" onClick={() => void fetchFile('label', 'print')} loading={fetchingFile === 'label-print'}>
                Print label
              </Button>
            </>
          )}
          <Button variant="secondary" size="sm" onClick={() => void fetchFile('slip', 'download')} loading={fetchingFile === 'slip-download'}>
            Download packing slip
          </Button>
          <Button variant="secondary" size="sm" onClick={() => void fetchFile('slip', 'print')} loading={fetchingFile === 'slip-print'}>
            Print packing slip
          </Button>
        </div>
      </AdminSection>

      <AdminSection title="Lines">
        <table className="admin-table">
          <caption className="ui-visually-hidden">Lines of the shipment</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">SKU</th>
              <th scope="col" className="admin-table__number">
                Quantity
              </th>
              <th scope="col" className="admin-table__number">
                Unit weight
              </th>
            </tr>
          </thead>
          <tbody>
            {shipment.lines.map((line) => (
              <tr key={line.lineId}>
                <th scope="row">{line.title}</th>
                <td>{line.sku}</td>
                <td className="admin-table__number">{line.quantity}</td>
                <td className="admin-table__number">{formatWeight(line.unitWeightGrams)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </AdminSection>

      <AdminSection title={`Parcels (${shipment.parcels.length})`}>
        <ol className="admin-shipment__parcels">
          {[...shipment.parcels]
            .sort((a, b) => a.index - b.index)
            .map((parcel) => (
              <li key={parcel.index}>
                <strong>Parcel {parcel.index}</strong> · {formatWeight(parcel.weightGrams)} · {parcel.trackingNumber ? <>tracking <code>{parcel.trackingNumber}</code></> : <span className="admin-muted">no tracking number yet</span>}
                <span className="admin-table__secondary">{parcel.contents.map((item) => `${item.quantity} × ${item.sku}`).join(', ')}</span>
              </li>
            ))}
        </ol>
      </AdminSection>

      {!isReturn && shipment.returns.length > 0 && (
        <AdminSection title={`Returns (${shipment.returns.length})`}>
          <ul className="admin-shipment__returns">
            {shipment.returns.map((made) => (
              <li key={made.id}>
                <Link to={adminPaths.shipment(made.id)}>Return created {formatDateTime(made.createdAt)}</Link> <ShipmentStatusBadge status={made.status} />
              </li>
            ))}
          </ul>
        </AdminSection>
      )}

      <AdminSection title="Timeline">
        {shipment.events.length === 0 ? (
          <p className="admin-muted">No tracking events yet.</p>
        ) : (
          <ol className="admin-shipment__timeline" aria-label="Tracking events, newest first">
            {[...shipment.events]
              .sort((a, b) => new Date(b.occurredAt).getTime() - new Date(a.occurredAt).getTime())
              .map((event) => (
                <li key={event.id}>
                  <strong>{shipmentStatusLabel(event.status)}</strong>
                  {event.description && event.description.toLowerCase() !== shipmentStatusLabel(event.status).toLowerCase() && <> — {event.description}</>}
                  <span className="admin-table__secondary">
                    {formatDateTime(event.occurredAt)}
                    {event.location && ` · ${[event.location.city, event.location.region, event.location.country].filter(Boolean).join(', ')}`}
                    {event.carrierStatus && ` · carrier: ${event.carrierStatus}`}
                  </span>
                </li>
              ))}
          </ol>
        )}
      </AdminSection>
    </div>
  );
}
