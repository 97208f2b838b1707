import '../../orders/orders.css';
import { Badge, Button, buttonClassName, EmptyState, Price } from '@emporium/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { countLabel } from '../../lib/count-label';
import { useDocumentTitle } from '../../lib/use-document-title';
import { formatOrderDate, orderStatusLabel, orderStatusTone } from '../../orders/order-labels';
import { customerOrderPath } from '../../orders/order-link';
import { type OrderSummaryView } from '../../orders/order-types';
import { trpc } from '../../trpc';
import { AccountQueryError } from '../shell/account-query-error';
import { PageSpinner } from '../shell/page-spinner';

const PAGE_SIZE = 20;

/** `/account/orders`: the customer's orders, newest first, a page at a time. */
export function OrdersPage() {
  useDocumentTitle('Your orders');
  const [page, setPage] = useState(1);
  const orders = trpc.order.mine.list.useQuery({ page, pageSize: PAGE_SIZE }, { placeholderData: (previous) => previous });
  const pages = orders.data ? Math.max(1, Math.ceil(orders.data.total / PAGE_SIZE)) : 1;

  let body;
  if (orders.isPending) body = <PageSpinner label="Loading your orders" />;
  else if (orders.isError) body = <AccountQueryError error={orders.error} onRetry={() => void orders.refetch()} retrying={orders.isFetching} />;
  else if (orders.data.items.length === 0) {
    body = (
      <EmptyState
        title="No orders yet"
        action={
          <Link to="/" className={buttonClassName({ variant: 'secondary' })}>
            Start shopping
          </Link>
        }
      >
        <p>Orders you place while signed in appear here, with their delivery and returns.</p>
      </EmptyState>
    );
  } else {
    body = (
      <>
        <ul className="order-list" aria-busy={orders.isFetching || undefined}>
          {orders.data.items.map((order) => (
            <OrderRow key={order.id} order={order} />
          ))}
        </ul>
        {pages > 1 && (
          <nav className="order-list__pages" aria-label="Order pages">
            <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              Newer orders
            </Button>
            <span aria-live="polite">
              Page {page} of {pages}
            </span>
            <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              Older orders
            </Button>
          </nav>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="orders-heading" className="account-page">
      <header className="account-page__header">
        <h1 id="orders-heading">Orders</h1>
        {orders.data && orders.data.total > 0 && <p className="account-page__lead">{countLabel(orders.data.total, 'order', 'orders')}</p>}
      </header>
      {body}
    </section>
  );
}

function OrderRow({ order }: { readonly order: OrderSummaryView }) {
  const placed = formatOrderDate(order.placedAt);
  return (
    <li className="order-row">
      <Link to={customerOrderPath(order.id)} className="order-row__link">
        <span className="order-row__number">Order {order.number}</span>
      </Link>
      <span className="order-row__date">
        <time dateTime={placed.iso}>{placed.text}</time> · {countLabel(order.itemCount, 'item', 'items')}
      </span>
      <Badge tone={orderStatusTone(order.status)} className="order-row__status">
        {orderStatusLabel(order.status)}
      </Badge>
      <Price amount={order.total} currency={order.currency} className="order-row__total" />
    </li>
  );
}
