import { AdminSection } from '../components/admin-page';
import type { StaffOrder } from './order-types';

type Address = NonNullable<StaffOrder['billingAddress']>;

function AddressLines({ address }: { readonly address: Address }) {
  const lines = [address.name, address.line1, address.line2, [address.postalCode, address.city, address.region].filter(Boolean).join(' '), address.country, address.phone].filter(
    (line): line is string => typeof line === 'string' && line.trim() !== '',
  );
  return (
    <address className="admin-address admin-order-address">
      {lines.map((line, index) => (
        <span key={index}>{line}</span>
      ))}
    </address>
  );
}

/** Where the order goes and who pays. */
export function OrderAddresses({ order }: { readonly order: StaffOrder }) {
  return (
    <div className="admin-order-columns">
      <AdminSection title="Shipping address">{order.shippingAddress ? <AddressLines address={order.shippingAddress} /> : <p className="admin-muted">Nothing to ship.</p>}</AdminSection>
      <AdminSection title="Billing address">{order.billingAddress ? <AddressLines address={order.billingAddress} /> : <p className="admin-muted">None given.</p>}</AdminSection>
    </div>
  );
}
