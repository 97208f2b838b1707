import { buttonClassName, EmptyState, Spinner } from '@emporium/ui';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { QueryError } from '../app/query-error';
import { recallOrderAccess, rememberOrderAccess } from '../checkout/attempt-store';
import { isNotFound, shouldRetry } from '../lib/api-error';
import { useDocumentTitle } from '../lib/use-document-title';
import { addressWithoutFragment, sessionStore } from '../payment/client-secret';
import { OrderDetail } from '../orders/order-detail';
import { isOrderId, readAccessToken } from '../orders/order-link';
import { useGuestOrderActions } from '../orders/use-order-actions';
import { trpc } from '../trpc';

/**
 * `/orders/<orderId>#<accessToken>`: a guest's order, opened with the token from the confirmation page or the
 * e-mail. The token is read from the fragment (never sent to a server by the browser), kept for this tab's session
 * and taken out of the address bar, so a copied address does not hand the order to someone else.
 */
export function GuestOrderPage() {
  const { orderId = '' } = useParams();
  return <GuestOrder key={orderId} orderId={orderId} />;
}

function GuestOrder({ orderId }: { readonly orderId: string }) {
  const location = useLocation();
  const [token] = useState(() => readAccessToken(location.hash) ?? recallOrderAccess(sessionStore(), orderId));
  const valid = isOrderId(orderId) && token !== null;

  useEffect(() => {
    if (token) rememberOrderAccess(sessionStore(), orderId, token);
    if (window.location.hash) window.history.replaceState(window.history.state, '', addressWithoutFragment(window.location));
  }, [orderId, token]);

  const order = trpc.order.guest.get.useQuery({ orderId, accessToken: token ?? '' }, { enabled: valid, retry: (count, error) => !isNotFound(error) && shouldRetry(count, error) });
  const actions = useGuestOrderActions(orderId, token ?? '');
  const notFound = !valid || (order.isError && isNotFound(order.error));
  useDocumentTitle(notFound ? 'Order not found' : order.data ? `Order ${order.data.number}` : 'Your order');

  let body;
  if (notFound) {
    body = (
      <EmptyState
        title="We can’t open this order"
        action={
          <Link to="/account/sign-in" className={buttonClassName({ variant: 'secondary' })}>
            Sign in
          </Link>
        }
      >
        <p>The link may be incomplete. Open it again from your order confirmation e-mail, or sign in if you ordered with an account.</p>
      </EmptyState>
    );
  } else if (order.isPending) body = <Spinner size="lg" label="Loading your order" />;
  else if (order.isError) body = <QueryError error={order.error} onRetry={() => void order.refetch()} retrying={order.isFetching} />;
  else body = <OrderDetail order={order.data} actions={actions} />;

  return <section className="page-section guest-order-page">{body}</section>;
}
