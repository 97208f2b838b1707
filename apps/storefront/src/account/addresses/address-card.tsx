import { Badge, Button, buttonClassName, Card } from '@emporium/ui';
import { Link } from 'react-router';
import { type SavedAddress } from '../lib/account-types';
import { addressLines } from '../lib/address-form';

export interface AddressCardProps {
  readonly address: SavedAddress;
  readonly onMakeDefault: () => void;
  readonly makingDefault: boolean;
  readonly onDelete: () => void;
}

export function AddressCard({ address, onMakeDefault, makingDefault, onDelete }: AddressCardProps) {
  const [name, ...rest] = addressLines(address);
  const titleId = `address-${address.id}`;
  return (
    <Card as="li" className="address-card" aria-labelledby={titleId}>
      <div className="address-card__head">
        <h3 id={titleId} className="address-card__title" tabIndex={-1}>
          {address.label ?? name}
        </h3>
        {address.isDefault && <Badge tone="accent">Default {address.kind}</Badge>}
      </div>
      <address className="address-card__lines">
        {address.label && <span>{name}</span>}
        {rest.map((line, index) => (
          <span key={index}>{line}</span>
        ))}
        {address.phone && <span className="address-card__phone">{address.phone}</span>}
      </address>
      <div className="address-card__actions">
        <Link to={`/account/addresses/${address.id}`} className={buttonClassName({ variant: 'secondary', size: 'sm' })} aria-describedby={titleId}>
          Edit
        </Link>
        {!address.isDefault && (
          <Button variant="ghost" size="sm" onClick={onMakeDefault} loading={makingDefault} aria-describedby={titleId}>
            Make default
          </Button>
        )}
        <Button variant="ghost" size="sm" className="account-danger-link" onClick={onDelete} aria-describedby={titleId}>
          Delete
        </Button>
      </div>
    </Card>
  );
}
