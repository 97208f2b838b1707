import { type CheckoutStep, type CheckoutStepId } from './checkout-steps';

export interface CheckoutProgressProps {
  readonly steps: readonly CheckoutStep[];
  /** The step shown; null once the order is placed and payment is being taken. */
  readonly current: CheckoutStepId | null;
  /** Steps the shopper may go back to. */
  readonly done: ReadonlySet<CheckoutStepId>;
  readonly onGoTo: (step: CheckoutStepId) => void;
}

/** The steps as a numbered list: done ones are buttons back to them, the current one is marked for screen readers. */
export function CheckoutProgress({ steps, current, done, onGoTo }: CheckoutProgressProps) {
  return (
    <nav aria-label="Checkout steps" className="checkout-progress">
      <ol className="checkout-progress__list">
        {steps.map((step, index) => {
          const isCurrent = step.id === current;
          const canGo = current !== null && !isCurrent && done.has(step.id);
          return (
            <li key={step.id} className={`checkout-progress__step${isCurrent ? ' is-current' : ''}${done.has(step.id) ? ' is-done' : ''}`} aria-current={isCurrent ? 'step' : undefined}>
              <span className="checkout-progress__number" aria-hidden="true">
                {index + 1}
              </span>
              {canGo ? (
                <button type="button" className="checkout-progress__link" onClick={() => onGoTo(step.id)}>
                  {step.label}
                </button>
              ) : (
                <span>{step.label}</span>
              )}
            </li>
          );
        })}
        <li className={`checkout-progress__step${current === null ? ' is-current' : ''}`} aria-current={current === null ? 'step' : undefined}>
          <span className="checkout-progress__number" aria-hidden="true">
            {steps.length + 1}
          </span>
          <span>Payment</span>
        </li>
      </ol>
    </nav>
  );
}
