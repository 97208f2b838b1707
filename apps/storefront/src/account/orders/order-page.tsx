import { buttonClassName, EmptyState } from '@emporium/ui';
import { Link, useParams } from 'react-router';
import { isNotFound, shouldRetry } from '../../lib/api-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { OrderDetail } from '../../orders/order-detail';
import { isOrderId } from '../../orders/order-link';
import { useCustomerOrderActions } from '../../orders/use-order-actions';
import { trpc } from '../../trpc';
import { AccountQueryError } from '../shell/account-query-error';
import { PageSpinner } from '../shell/page-spinner';

/** `/account/orders/:orderId`: one of the customer's orders; another customer's is "not found", as one that does not exist. */
export function OrderPage() {
  const { orderId = '' } = useParams();
  const valid = isOrderId(orderId);
  const order = trpc.order.mine.get.useQuery({ orderId }, { enabled: valid, retry: (count, error) => !isNotFound(error) && shouldRetry(count, error) });
  const actions = useCustomerOrderActions(orderId);
  useDocumentTitle(order.data ? `Order ${order.data.number}` : 'Order');

  if (!valid || (order.isError && isNotFound(order.error))) {
    return (
      <EmptyState
        title="We can’t find this order"
        action={
          <Link to="/account/orders" className={buttonClassName({ variant: 'secondary' })}>
            Your orders
          </Link>
        }
      >
        <p>It may belong to another account. Your orders are all listed on the Orders page.</p>
      </EmptyState>
    );
  }
  if (order.isPending) return <PageSpinner label="Loading the order" />;
  if (order.isError) return <AccountQueryError error={order.error} onRetry={() => void order.refetch()} retrying={order.isFetching} />;
  return (
    <OrderDetail
      order={order.data}
      actions={actions}
      back={
        <p className="account-page__back">
          <Link to="/account/orders">← Orders</Link>
        </p>
      }
    />
  );
}
