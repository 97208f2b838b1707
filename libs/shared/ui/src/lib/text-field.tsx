import { type ComponentPropsWithRef, type ReactNode, useId } from 'react';
import { cx } from './class-names';
import { fieldAria, FieldMessages, hasFieldError } from './field-messages';

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

  return (
    <div className={cx('ui-field', hasFieldError(error) && 'ui-field--invalid', className)}>
      <label htmlFor={inputId} className={cx('ui-field__label', hideLabel && 'ui-visually-hidden')}>
        {label}
      </label>
      <input {...props} id={inputId} className="ui-field__input" {...fieldAria(inputId, hint, error, describedBy)} />
      <FieldMessages controlId={inputId} hint={hint} error={error} />
    </div>
  );
}
