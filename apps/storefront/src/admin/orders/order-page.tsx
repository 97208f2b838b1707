import './orders.css';
import { formatMoney } from '@emporium/ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { trpc } from '../../trpc';
import { AdminPage } from '../components/admin-page';
import { Loaded } from '../components/loaded';
import { adminPaths } from '../lib/admin-paths';
import { formatDateTime } from '../lib/dates';
import { useFeedback } from '../lib/use-feedback';
import { CancelOrderDialog } from './cancel-order-dialog';
import { CaptureOrderDialog } from './capture-order-dialog';
import { EditOrderDialog } from './edit-order-dialog';
import { FulfilDialog } from './fulfil-dialog';
import { type OrderAction, OrderActions } from './order-actions';
import { OrderAddresses } from './order-addresses';
import { orderAvailability } from './order-availability';
import { OrderLinesSection } from './order-lines-section';
import { OrderNotesSection } from './order-notes-section';
import { OrderPaymentSection } from './order-payment-section';
import { OrderReturnsSection } from './order-returns-section';
import { OrderShipmentsSection } from './order-shipments-section';
import { OrderStatusBadges } from './order-status-badges';
import { OrderTimelineSection } from './order-timeline-section';
import type { StaffOrder, StaffReturnRequest } from './order-types';
import { ReceiveReturnDialog } from './receive-return-dialog';
import { RefundOrderDialog } from './refund-order-dialog';

/** One order as staff work it: what was bought, where it goes, its money, shipments, returns, history and notes. */
export function OrderPage() {
  const { orderId = '' } = useParams();
  const order = trpc.order.admin.get.useQuery({ orderId }, { staleTime: 0 });
  return (
    <AdminPage title={order.data ? `Order ${order.data.number}` : 'Order'} back={{ to: adminPaths.orders, label: 'Orders' }}>
      <Loaded query={order}>{(data) => <OrderDetail order={data} />}</Loaded>
    </AdminPage>
  );
}

function OrderDetail({ order }: { readonly order: StaffOrder }) {
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  const [dialog, setDialog] = useState<OrderAction | null>(null);
  const [receiving, setReceiving] = useState<StaffReturnRequest | null>(null);
  const money = (amount: number) => formatMoney(amount, order.currency);
  const done = (message: string) => {
    setDialog(null);
    setReceiving(null);
    void utils.order.admin.invalidate();
    void utils.payment.admin.invalidate();
    void utils.shipping.admin.shipments.invalidate();
    feedback.saved(message);
  };
  const close = () => setDialog(null);

  return (
    <div className="admin-order">
      <dl className="admin-facts admin-order-summary">
        <dt>Status</dt>
        <dd data-testid="order-status">
          <OrderStatusBadges status={order.status} paymentStatus={order.paymentStatus} fulfilmentStatus={order.fulfilmentStatus} />
        </dd>
        <dt>Placed</dt>
        <dd>{formatDateTime(order.placedAt)}</dd>
        {order.cancelledAt && (
          <>
            <dt>Cancelled</dt>
            <dd>{formatDateTime(order.cancelledAt)}</dd>
          </>
        )}
        <dt>Customer</dt>
        <dd>
          {order.customerId ? <Link to={adminPaths.customer(order.customerId)}>{order.email}</Link> : order.email}
          <span className="admin-muted"> {order.customerId ? '· has an account' : '· guest'}</span>
        </dd>
        <dt>Total</dt>
        <dd>{money(order.totals.grandTotal)}</dd>
      </dl>

      <OrderActions availability={orderAvailability(order)} onAction={setDialog} />

      <OrderLinesSection order={order} />
      <OrderAddresses order={order} />
      <OrderPaymentSection order={order} />
      <OrderShipmentsSection order={order} />
      <OrderReturnsSection order={order} onReceive={setReceiving} />
      <OrderTimelineSection order={order} />
      <OrderNotesSection order={order} />

      <FulfilDialog
        order={order}
        open={dialog === 'fulfil'}
        onClose={close}
        onFulfilled={(result) => done(result.trackingNumber ? `Fulfilled: label bought, tracking ${result.trackingNumber}` : 'Fulfilled: label bought')}
      />
      <CaptureOrderDialog order={order} open={dialog === 'capture'} onClose={close} onCaptured={(captured) => done(`Captured ${money(captured)}`)} />
      <RefundOrderDialog order={order} open={dialog === 'refund'} onClose={close} onRefunded={(refunded) => done(`Refunded ${money(refunded)}`)} />
      <EditOrderDialog
        order={order}
        open={dialog === 'edit'}
        onClose={close}
        onEdited={(result) => done(result.refunded > 0 ? `Order changed: ${money(result.refunded)} refunded, new total ${money(result.total)}` : `Order changed: new total ${money(result.total)}`)}
      />
      <CancelOrderDialog order={order} open={dialog === 'cancel'} onClose={close} onCancelled={() => done('Order cancelled')} />
      <ReceiveReturnDialog order={order} request={receiving} onClose={() => setReceiving(null)} onReceived={() => done('Return received')} />
    </div>
  );
}
