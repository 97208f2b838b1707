import './orders.css';
import { Badge, Button } from '@emporium/ui';
import { type ReactNode, useRef, useState } from 'react';
import { CancelOrderDialog } from './cancel-order-dialog';
import { orderActionProblem } from './order-action-error';
import { OrderAddressBlock } from './order-address-block';
import { formatOrderDate, lineProgressText, orderStatusLabel, orderStatusTone, paymentStatusLabel, returnReasonLabel, returnStatusLabel } from './order-labels';
import { orderTotalsRows } from './order-totals';
import { type OrderView } from './order-types';
import { orderPurchasedLines, PurchasedLines } from './purchased-lines';
import { returnableLines } from './return-request';
import { ReturnRequestForm } from './return-request-form';
import { ShipmentList } from './shipment-list';
import { TotalsList } from './totals-list';
import { type OrderActions } from './use-order-actions';

export interface OrderDetailProps {
  readonly order: OrderView;
  readonly actions: OrderActions;
  /** A link back (to the order list), shown above the heading. */
  readonly back?: ReactNode;
}

/**
 * One order for its shopper: status, what was bought and what happened to it, the parcels with their tracking,
 * totals and addresses, returns; and what they may do now — cancel before it ships, ask to return what arrived.
 */
export function OrderDetail({ order, actions, back }: OrderDetailProps) {
  const [confirming, setConfirming] = useState(false);
  const [returning, setReturning] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const placed = formatOrderDate(order.placedAt);
  const returnable = returnableLines(order.lines, order.actions.returnable);
  const cancelProblem = actions.cancelError && !actions.cancelling ? orderActionProblem(actions.cancelError) : null;

  const confirmCancel = () =>
    actions.cancel(() => {
      setConfirming(false);
      setAnnouncement('Your order has been cancelled. Anything held on your card is released.');
      headingRef.current?.focus();
    });

  return (
    <article className="order-detail" aria-labelledby="order-heading">
      <header className="order-detail__header">
        {back}
        <h1 id="order-heading" ref={headingRef} tabIndex={-1}>
          Order {order.number}
        </h1>
        <p className="order-detail__meta">
          Placed on <time dateTime={placed.iso}>{placed.text}</time> · <Badge tone={orderStatusTone(order.status)}>{orderStatusLabel(order.status)}</Badge>
          {order.paymentStatus && <span className="order-muted"> · {paymentStatusLabel(order.paymentStatus)}</span>}
        </p>
      </header>
      <div role="status" aria-live="polite" className="order-live">
        {announcement && <p className="order-success">{announcement}</p>}
      </div>
      <div role="alert" className="order-live">
        {cancelProblem && !confirming && <p className="order-problem">{cancelProblem}</p>}
      </div>

      <div className="order-detail__layout">
        <div className="order-detail__main">
          <section aria-labelledby="order-items">
            <h2 id="order-items">Items</h2>
            <PurchasedLines
              label={`Items in order ${order.number}`}
              currency={order.currency}
              lines={orderPurchasedLines(order, lineProgressText)}
            />
          </section>

          <section aria-labelledby="order-delivery">
            <h2 id="order-delivery">Delivery</h2>
            {order.shipping.method && <p>{order.shipping.method.name}</p>}
            {order.shipments.length > 0 ? (
              <ShipmentList shipments={order.shipments} lines={order.lines} postalCode={order.shippingAddress?.postalCode ?? null} />
            ) : (
              <p className="order-muted">{order.status === 'cancelled' ? 'Nothing was shipped.' : 'Not shipped yet. We’ll e-mail you the tracking number when it leaves.'}</p>
            )}
          </section>

          {order.returns.length > 0 && (
            <section aria-labelledby="order-returns">
              <h2 id="order-returns">Returns</h2>
              <ul className="order-returns">
                {order.returns.map((request) => (
                  <li key={request.id} className="order-return">
                    <p>
                      <Badge>{returnStatusLabel(request.status)}</Badge> <time dateTime={formatOrderDate(request.createdAt).iso}>{formatOrderDate(request.createdAt).text}</time>
                    </p>
                    <ul>
                      {request.lines.map((line) => (
                        <li key={line.lineId}>
                          {line.quantity} × {order.lines.find((candidate) => candidate.lineId === line.lineId)?.title ?? 'Item'} — {returnReasonLabel(line.reason)}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {(order.actions.canCancel || returnable.length > 0) && (
            <section aria-labelledby="order-actions" className="order-detail__actions">
              <h2 id="order-actions">Need to change something?</h2>
              {returning ? (
                <ReturnRequestForm
                  returnable={returnable}
                  busy={actions.requestingReturn}
                  problem={actions.returnError && !actions.requestingReturn ? orderActionProblem(actions.returnError) : null}
                  onCancel={() => setReturning(false)}
                  onSubmit={(lines) =>
                    actions.requestReturn(lines, () => {
                      setReturning(false);
                      setAnnouncement('Your return request has been sent. We’ll e-mail you how to send the items back.');
                      headingRef.current?.focus();
                    })
                  }
                />
              ) : (
                <div className="order-actions">
                  {returnable.length > 0 && (
                    <Button variant="secondary" onClick={() => setReturning(true)}>
                      Request a return
                    </Button>
                  )}
                  {order.actions.canCancel && (
                    <Button variant="secondary" className="account-danger-link" onClick={() => setConfirming(true)}>
                      Cancel the order
                    </Button>
                  )}
                </div>
              )}
            </section>
          )}
        </div>

        <aside className="order-detail__aside" aria-label="Totals and addresses">
          <section aria-labelledby="order-totals" className="cart-totals">
            <h2 id="order-totals" className="cart-totals__heading">
              Totals
            </h2>
            <TotalsList rows={orderTotalsRows(order)} />
          </section>
          <section aria-labelledby="order-addresses" className="order-addresses">
            <h2 id="order-addresses">Addresses</h2>
            {order.shippingAddress && (
              <div>
                <h3>Ship to</h3>
                <OrderAddressBlock address={order.shippingAddress} />
              </div>
            )}
            {order.billingAddress && (
              <div>
                <h3>Bill to</h3>
                <OrderAddressBlock address={order.billingAddress} />
              </div>
            )}
            <div>
              <h3>E-mail</h3>
              <p>{order.email}</p>
            </div>
          </section>
        </aside>
      </div>

      <CancelOrderDialog open={confirming} orderNumber={order.number} busy={actions.cancelling} problem={cancelProblem} onConfirm={confirmCancel} onClose={() => setConfirming(false)} />
    </article>
  );
}
