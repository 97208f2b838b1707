import { type ComponentPropsWithRef, type ReactNode, useId } from 'react';
import { cx } from './class-names';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'children'> {
  readonly label: ReactNode;
  /** Help shown under the input and read after the label. */
  readonly hint?: ReactNode;
  /** A validation message; marks the input invalid and is read after the label. */
  readonly error?: ReactNode;
  /** Keeps the label for screen readers but hides it on screen, for a field whose purpose is obvious (search). */
  readonly hideLabel?: boolean;
}

export function TextField({ label, hint, error, hideLabel = false, id, className, 'aria-describedby': describedBy, ...props }: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const hasError = error !== undefined && error !== null && error !== false;
  const describers = cx(describedBy, hint ? hintId : undefined, hasError ? errorId : undefined);

  return (
    <div className={cx('ui-field', hasError && 'ui-field--invalid', className)}>
      <label htmlFor={inputId} className={cx('ui-field__label', hideLabel && 'ui-visually-hidden')}>
        {label}
      </label>
      <input
        {...props}
        id={inputId}
        className="ui-field__input"
        aria-invalid={hasError || undefined}
        aria-describedby={describers || undefined}
      />
      {hint && (
        <p id={hintId} className="ui-field__hint">
          {hint}
        </p>
      )}
      {hasError && (
        <p id={errorId} className="ui-field__error">
          {error}
        </p>
      )}
    </div>
  );
}
