import { formatMoney } from '@emporium/ui';
import { Link } from 'react-router';
import { AdminSection } from '../components/admin-page';
import { adminPaths } from '../lib/admin-paths';
import { PaymentStatusBadge } from '../payments/payment-status-badge';
import type { StaffOrder } from './order-types';

/** Where the order's money stands at the payment service: authorised, captured, refunded, and what is left. */
export function OrderPaymentSection({ order }: { readonly order: StaffOrder }) {
  const { payment } = order;
  return (
    <AdminSection title="Payment" actions={payment && <Link to={adminPaths.payment(payment.id)}>Open the payment</Link>}>
      {payment ? (
        <>
          <p>
            <PaymentStatusBadge status={payment.status} />
          </p>
          <dl className="admin-order-amounts">
            {(
              [
                ['Authorised', payment.amounts.authorized],
                ['Captured', payment.amounts.captured],
                ['Refunded', payment.amounts.refunded],
                ['Still capturable', payment.amounts.capturable],
                ['Still refundable', payment.amounts.refundable],
              ] as const
            ).map(([label, amount]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{formatMoney(amount, payment.currency)}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p className="admin-muted">This order has no payment.</p>
      )}
    </AdminSection>
  );
}
