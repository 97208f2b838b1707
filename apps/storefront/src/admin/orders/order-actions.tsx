import { Button } from '@emporium/ui';
import { useId } from 'react';
import type { Availability, OrderAvailability } from './order-availability';

export type OrderAction = keyof OrderAvailability;

const ACTIONS: ReadonlyArray<{ readonly action: OrderAction; readonly label: string; readonly variant: 'primary' | 'secondary' | 'ghost' }> = [
  { action: 'fulfil', label: 'Fulfil', variant: 'primary' },
  { action: 'capture', label: 'Capture', variant: 'secondary' },
  { action: 'refund', label: 'Refund', variant: 'secondary' },
  { action: 'edit', label: 'Edit', variant: 'secondary' },
  { action: 'cancel', label: 'Cancel order', variant: 'ghost' },
];

/**
 * The staff actions on an order. One that is not possible now is disabled, and why is said under the buttons
 * (and tied to the button, so a screen reader hears it with the name).
 */
export function OrderActions({ availability, onAction }: { readonly availability: OrderAvailability; readonly onAction: (action: OrderAction) => void }) {
  const idBase = useId();
  const blocked = ACTIONS.filter(({ action }) => !availability[action].allowed);
  const reasonOf = (availability: Availability) => (availability.allowed ? '' : availability.reason);
  return (
    <div className="admin-order-actions">
      <div className="admin-button-row" role="group" aria-label="Order actions">
        {ACTIONS.map(({ action, label, variant }) => (
          <Button
            key={action}
            variant={variant}
            disabled={!availability[action].allowed}
            aria-describedby={availability[action].allowed ? undefined : `${idBase}-${action}`}
            onClick={() => onAction(action)}
          >
            {label}
          </Button>
        ))}
      </div>
      {blocked.length > 0 && (
        <ul className="admin-plain-list admin-order-actions__blocked">
          {blocked.map(({ action, label }) => (
            <li key={action} id={`${idBase}-${action}`}>
              <strong>{label}:</strong> {reasonOf(availability[action])}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
