import '../checkout/checkout.css';
import '../orders/orders.css';
import { buttonClassName, EmptyState, Spinner } from '@emporium/ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryError } from '../app/query-error';
import { useCurrentUser } from '../app/use-current-user';
import { recallOrderAccess } from '../checkout/attempt-store';
import { isNotFound, shouldRetry } from '../lib/api-error';
import { useDocumentTitle } from '../lib/use-document-title';
import { sessionStore } from '../payment/client-secret';
import { OrderAddressBlock } from '../orders/order-address-block';
import { customerOrderPath, guestOrderPath, isOrderId } from '../orders/order-link';
import { orderTotalsRows } from '../orders/order-totals';
import { type OrderView } from '../orders/order-types';
import { orderPurchasedLines, PurchasedLines } from '../orders/purchased-lines';
import { TotalsList } from '../orders/totals-list';
import { trpc } from '../trpc';

/**
 * `/checkout/confirmation/:orderId`: the order just placed — its number, what was bought, the totals, where the
 * confirmation e-mail went, and the way to the order's page. A guest's order opens with the access token this tab
 * kept at checkout; a customer's through their account.
 */
export function CheckoutConfirmationPage() {
  const { orderId = '' } = useParams();
  const { user, isLoading } = useCurrentUser();
  const [token] = useState(() => recallOrderAccess(sessionStore(), orderId));
  const valid = isOrderId(orderId);
  const retry = (count: number, error: unknown) => !isNotFound(error) && shouldRetry(count, error);
  const asGuest = trpc.order.guest.get.useQuery({ orderId, accessToken: token ?? '' }, { enabled: valid && token !== null, retry });
  const asCustomer = trpc.order.mine.get.useQuery({ orderId }, { enabled: valid && token === null && user !== null, retry });
  const order = token !== null ? asGuest : asCustomer;
  const unknown = !valid || (token === null && !isLoading && user === null) || (order.isError && isNotFound(order.error));
  useDocumentTitle(order.data ? `Order ${order.data.number} placed` : 'Order confirmation');

  let body;
  if (unknown) {
    body = (
      <EmptyState
        title="We can’t show this order here"
        action={
          <Link to="/" className={buttonClassName({ variant: 'secondary' })}>
            Continue shopping
          </Link>
        }
      >
        <p>Your confirmation e-mail has a link to your order. If you ordered with an account, sign in to see it under Orders.</p>
      </EmptyState>
    );
  } else if (order.isError) body = <QueryError error={order.error} onRetry={() => void order.refetch()} retrying={order.isFetching} />;
  else if (!order.data) body = <Spinner size="lg" label="Loading your order" />;
  else body = <Confirmation order={order.data} orderPath={token !== null && user === null ? guestOrderPath(orderId, token) : customerOrderPath(orderId)} />;

  return <section className="page-section checkout-confirmation">{body}</section>;
}

function Confirmation({ order, orderPath }: { readonly order: OrderView; readonly orderPath: string }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Arriving from the payment, focus starts at the news.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <article aria-labelledby="confirmation-heading" className="checkout-confirmation__body">
      <header className="checkout-confirmation__header">
        <h1 id="confirmation-heading" ref={headingRef} tabIndex={-1}>
          Thank you — your order is placed
        </h1>
        <p className="checkout-confirmation__number">
          Order number <strong>{order.number}</strong>
        </p>
        <p>
          We’ve sent a confirmation to <strong>{order.email}</strong>.
        </p>
        <p>
          <Link to={orderPath} className={buttonClassName({ variant: 'secondary' })}>
            View your order
          </Link>
        </p>
      </header>
      <div className="order-detail__layout">
        <section aria-labelledby="confirmation-items" className="order-detail__main">
          <h2 id="confirmation-items">What you bought</h2>
          <PurchasedLines
            label={`Items in order ${order.number}`}
            currency={order.currency}
            lines={orderPurchasedLines(order)}
          />
          {order.shipping.method && (
            <p>
              Delivery: <strong>{order.shipping.method.name}</strong>
            </p>
          )}
        </section>
        <aside className="order-detail__aside" aria-label="Totals and address">
          <section aria-labelledby="confirmation-totals" className="cart-totals">
            <h2 id="confirmation-totals" className="cart-totals__heading">
              Totals
            </h2>
            <TotalsList rows={orderTotalsRows(order)} />
          </section>
          {order.shippingAddress && (
            <section aria-labelledby="confirmation-address" className="order-addresses">
              <h2 id="confirmation-address">Shipping to</h2>
              <OrderAddressBlock address={order.shippingAddress} />
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}
