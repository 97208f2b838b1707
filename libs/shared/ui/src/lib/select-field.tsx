import { type ComponentPropsWithRef, type ReactNode, useId } from 'react';
import { cx } from './class-names';
import { fieldAria, FieldMessages, hasFieldError } from './field-messages';

export interface SelectFieldProps extends ComponentPropsWithRef<'select'> {
  readonly label: ReactNode;
  /** Help shown under the menu and read after the label. */
  readonly hint?: ReactNode;
  /** A validation message; marks the menu invalid and is read after the label. */
  readonly error?: ReactNode;
  /** Keeps the label for screen readers but hides it on screen. */
  readonly hideLabel?: boolean;
  /** Label and menu side by side, for a compact toolbar ("Sort by [Newest]"). */
  readonly inline?: boolean;
}

/** A native <select> with a real label: keyboard, touch and screen readers all know how to use it. */
export function SelectField({ label, hint, error, hideLabel = false, inline = false, id, className, children, 'aria-describedby': describedBy, ...props }: SelectFieldProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  return (
    <div className={cx('ui-field', inline && 'ui-field--inline', hasFieldError(error) && 'ui-field--invalid', className)}>
      <label htmlFor={selectId} className={cx('ui-field__label', hideLabel && 'ui-visually-hidden')}>
        {label}
      </label>
      {/* The wrapper draws the arrow: a pseudo-element cannot sit on a <select> itself. */}
      <span className="ui-select">
        <select {...props} id={selectId} className="ui-field__input ui-select__control" {...fieldAria(selectId, hint, error, describedBy)}>
          {children}
        </select>
      </span>
      <FieldMessages controlId={selectId} hint={hint} error={error} />
    </div>
  );
}
