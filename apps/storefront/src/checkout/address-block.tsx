import { addressLines } from '../account/lib/address-form';
import { type CheckoutAddress } from './checkout-address';

/** An address as it goes on a label: one line per part. */
export function AddressBlock({ address }: { readonly address: CheckoutAddress }) {
  const lines = addressLines({
    ...address,
    company: address.company ?? null,
    line2: address.line2 ?? null,
    region: address.region ?? null,
    phone: address.phone ?? null,
    kind: 'shipping',
    label: null,
    isDefault: false,
  });
  return (
    <address className="checkout-address">
      {lines.map((line, index) => (
        <span key={index}>{line}</span>
      ))}
      {address.phone && <span>{address.phone}</span>}
    </address>
  );
}
