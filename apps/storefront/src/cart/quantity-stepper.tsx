import { Button } from '@emporium/ui';
import { useId, useState } from 'react';
import { parseQuantity } from './quantity';
import { StepperControls } from './stepper-controls';

export interface QuantityStepperProps {
  /** The line's name ("Classic Tee, M"), for the labels of the box and the buttons. */
  readonly itemName: string;
  readonly quantity: number;
  /** Most units the line may hold (the cart's limit, or fewer when little is left). */
  readonly max: number;
  /** A change is on its way: the controls wait. */
  readonly saving: boolean;
  /** The server's refusal of the last change. */
  readonly error: string | null;
  readonly onChange: (quantity: number) => void;
  readonly onRemove: () => void;
}

/**
 * A cart line's quantity: −/+ change it by one, a typed number is saved on Enter or on leaving the box. The box
 * goes down to 1; taking the line out is the Remove button's job, so a slip of the − never empties a line.
 */
export function QuantityStepper({ itemName, quantity, max, saving, error, onChange, onRemove }: QuantityStepperProps) {
  const id = useId();
  // What the shopper is typing, until it is saved; null shows the cart's quantity.
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shownError = problem ?? error;
  const errorId = `${id}-error`;

  function change(next: number) {
    setDraft(null);
    setProblem(null);
    if (next !== quantity) onChange(next);
  }

  function commit() {
    if (draft === null) return;
    const parsed = parseQuantity(draft, 1, Math.max(1, max));
    if (parsed.ok) change(parsed.quantity);
    else setProblem(parsed.message);
  }

  return (
    <div className="quantity-stepper">
      <label htmlFor={id} className="quantity-stepper__label">
        Quantity<span className="ui-visually-hidden"> of {itemName}</span>
      </label>
      <div className="quantity-stepper__row">
        <StepperControls
          id={id}
          value={draft ?? String(quantity)}
          itemName={itemName}
          canDecrease={quantity > 1}
          canIncrease={quantity < max}
          busy={saving}
          invalid={shownError !== null}
          describedBy={shownError ? errorId : undefined}
          onInput={setDraft}
          onStep={(delta) => change(quantity + delta)}
          onBlur={commit}
          onEnter={commit}
        />
        <Button variant="ghost" size="sm" className="quantity-stepper__remove" aria-disabled={saving || undefined} onClick={() => !saving && onRemove()}>
          Remove<span className="ui-visually-hidden"> {itemName}</span>
        </Button>
      </div>
      {shownError && (
        <p id={errorId} className="ui-field__error quantity-stepper__error" role="alert">
          {shownError}
        </p>
      )}
    </div>
  );
}
