import { cx } from '@emporium/ui';
import { type ComponentPropsWithRef, type ReactNode } from 'react';

export interface SelectInputProps extends ComponentPropsWithRef<'select'> {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: ReactNode;
}

/**
 * A native <select> with the design system's field look plus a hint and an error message, which `SelectField` does
 * not take yet; the markup and classes are `TextField`'s, so both kinds of field line up and read the same.
 */
export function SelectInput({ id, label, hint, error, className, children, ...props }: SelectInputProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasError = error !== undefined && error !== null && error !== false;
  const describers = cx(hint ? hintId : undefined, hasError ? errorId : undefined);
  return (
    <div className={cx('ui-field', hasError && 'ui-field--invalid', className)}>
      <label htmlFor={id} className="ui-field__label">
        {label}
      </label>
      <span className="ui-select">
        <select {...props} id={id} className="ui-field__input ui-select__control" aria-invalid={hasError || undefined} aria-describedby={describers || undefined}>
          {children}
        </select>
      </span>
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
