import { countryName } from '../cart/destination';
import { type OrderAddressView } from './order-types';

/** An order's address as it goes on a label. */
export function OrderAddressBlock({ address }: { readonly address: OrderAddressView }) {
  const town = [[address.city, address.region].filter(Boolean).join(', '), address.postalCode].filter(Boolean).join(' ');
  return (
    <address className="order-address">
      {[address.name, address.line1, address.line2, town, countryName(address.country), address.phone]
        .filter((line): line is string => Boolean(line))
        .map((line, index) => (
          <span key={index}>{line}</span>
        ))}
    </address>
  );
}
