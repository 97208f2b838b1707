import { Button } from '@emporium/ui';
import { type LineFlag } from './cart-types';
import { lineFlagMessage, quantityLeft } from './line-flag-text';

export interface LineFlagsProps {
  readonly flags: readonly LineFlag[];
  readonly currency: string;
  /** The line's name, so each "Remove" says what it removes. */
  readonly itemName: string;
  /** A change to this line is on its way: the buttons wait. */
  readonly saving: boolean;
  readonly onAcceptPrice: () => void;
  readonly onSetQuantity: (quantity: number) => void;
  readonly onRemove: () => void;
}

/**
 * What must happen to a line before it can be bought, each with the step that settles it: accept the new price,
 * take fewer, or remove it. The line's own controls can do the same; these buttons say which one is needed.
 */
export function LineFlags({ flags, currency, itemName, saving, onAcceptPrice, onSetQuantity, onRemove }: LineFlagsProps) {
  if (flags.length === 0) return null;
  return (
    <ul className="line-flags">
      {flags.map((flag) => {
        const left = quantityLeft(flag);
        return (
          <li key={flag.type} className={`line-flags__flag line-flags__flag--${flag.type}`}>
            <span className="line-flags__text">{lineFlagMessage(flag, currency)}</span>
            {flag.type === 'price_changed' && <FlagButton label="Accept new price" saving={saving} onClick={onAcceptPrice} />}
            {flag.type === 'insufficient_stock' && left !== null && <FlagButton label={`Change to ${left}`} saving={saving} onClick={() => onSetQuantity(left)} />}
            {(flag.type === 'unavailable' || (flag.type === 'insufficient_stock' && left === null)) && (
              <FlagButton label="Remove" hiddenName={itemName} saving={saving} onClick={onRemove} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface FlagButtonProps {
  readonly label: string;
  /** Read after the label by screen readers ("Remove Classic Tee"). */
  readonly hiddenName?: string;
  readonly saving: boolean;
  readonly onClick: () => void;
}

function FlagButton({ label, hiddenName, saving, onClick }: FlagButtonProps) {
  return (
    <Button variant="secondary" size="sm" aria-disabled={saving || undefined} onClick={() => !saving && onClick()}>
      {label}
      {hiddenName && <span className="ui-visually-hidden"> {hiddenName}</span>}
    </Button>
  );
}
