import { Badge } from '@emporium/ui';
import { fulfilmentStatusWord, orderStatusWord, paymentStatusWord } from './order-labels';

/**
 * The order's status, and beside it where its money and goods stand (each a word, the colour only repeats it). The
 * goods' badge is left out when it would only repeat the order's ("Partly fulfilled" twice) or say nothing useful.
 */
export function OrderStatusBadges({ status, paymentStatus, fulfilmentStatus }: { readonly status: string; readonly paymentStatus?: string | null; readonly fulfilmentStatus?: string | null }) {
  const order = orderStatusWord(status);
  const payment = paymentStatus ? paymentStatusWord(paymentStatus) : null;
  // A cancelled order that never left needs no red "Unfulfilled" beside it.
  const repeats = fulfilmentStatus === status || (status === 'cancelled' && fulfilmentStatus === 'unfulfilled');
  const fulfilment = fulfilmentStatus && !repeats ? fulfilmentStatusWord(fulfilmentStatus) : null;
  return (
    <span className="admin-order-badges">
      <Badge tone={order.tone}>
        <span className="ui-visually-hidden">Order: </span>
        {order.label}
      </Badge>
      {payment && (
        <Badge tone={payment.tone}>
          <span className="ui-visually-hidden">Payment: </span>
          {payment.label}
        </Badge>
      )}
      {fulfilment && (
        <Badge tone={fulfilment.tone}>
          <span className="ui-visually-hidden">Fulfilment: </span>
          {fulfilment.label}
        </Badge>
      )}
    </span>
  );
}
