import './cart-controls.css';
import { type KeyboardEvent } from 'react';

export interface StepperControlsProps {
  readonly id: string;
  /** What the input holds, as typed. */
  readonly value: string;
  /** What the − and + buttons add to the name ("One fewer Classic Tee"); the input itself is named by its <label>. */
  readonly itemName: string;
  readonly canDecrease: boolean;
  readonly canIncrease: boolean;
  /** While a change is saved: nothing can be changed, but focus stays where it is (a disabled button would drop it). */
  readonly busy?: boolean;
  readonly invalid?: boolean;
  readonly describedBy?: string;
  readonly onInput: (text: string) => void;
  readonly onStep: (delta: -1 | 1) => void;
  readonly onBlur?: () => void;
  readonly onEnter?: () => void;
}

/**
 * −, a number box, +: the box takes typing (numeric keyboard on phones), the buttons one step each. A text input
 * rather than type="number", whose scroll wheel and locale quirks change quantities by accident.
 */
export function StepperControls({ id, value, itemName, canDecrease, canIncrease, busy = false, invalid = false, describedBy, onInput, onStep, onBlur, onEnter }: StepperControlsProps) {
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (busy) return;
    if (event.key === 'Enter' && onEnter) {
      event.preventDefault();
      onEnter();
    } else if (event.key === 'ArrowUp' && canIncrease) {
      event.preventDefault();
      onStep(1);
    } else if (event.key === 'ArrowDown' && canDecrease) {
      event.preventDefault();
      onStep(-1);
    }
  }
  return (
    <div className="stepper">
      <StepButton label={`One fewer ${itemName}`} sign="−" enabled={canDecrease} busy={busy} onClick={() => onStep(-1)} />
      <input
        id={id}
        className="stepper__input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        readOnly={busy}
        aria-busy={busy || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onInput(event.currentTarget.value)}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      />
      <StepButton label={`One more ${itemName}`} sign="+" enabled={canIncrease} busy={busy} onClick={() => onStep(1)} />
    </div>
  );
}

interface StepButtonProps {
  readonly label: string;
  readonly sign: string;
  readonly enabled: boolean;
  readonly busy: boolean;
  readonly onClick: () => void;
}

/** At the end of the range the button is disabled; while saving it only says so, keeping the focus of a repeated press. */
function StepButton({ label, sign, enabled, busy, onClick }: StepButtonProps) {
  return (
    <button
      type="button"
      className="stepper__button"
      aria-label={label}
      disabled={!enabled}
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) onClick();
      }}
    >
      <span aria-hidden="true">{sign}</span>
    </button>
  );
}
