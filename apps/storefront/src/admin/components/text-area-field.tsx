import { cx } from '@emporium/ui';
import { type ComponentPropsWithRef, type ReactNode, useId } from 'react';

export interface TextAreaFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'children'> {
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: ReactNode;
}

/** A multi-line text field styled and wired like the design system's TextField (label, hint, error). */
export function TextAreaField({ label, hint, error, id, className, rows = 4, ...props }: TextAreaFieldProps) {
  const generatedId = useId();
  const fieldId = id ?? generatedId;
  const hasError = error !== undefined && error !== null && error !== false && error !== '';
  const describedBy = cx(hint ? `${fieldId}-hint` : undefined, hasError ? `${fieldId}-error` : undefined);
  return (
    <div className={cx('ui-field', hasError && 'ui-field--invalid', className)}>
      <label htmlFor={fieldId} className="ui-field__label">
        {label}
      </label>
      <textarea {...props} id={fieldId} rows={rows} className="ui-field__input admin-textarea" aria-invalid={hasError || undefined} aria-describedby={describedBy || undefined} />
      {hint && (
        <p id={`${fieldId}-hint`} className="ui-field__hint">
          {hint}
        </p>
      )}
      {hasError && (
        <p id={`${fieldId}-error`} className="ui-field__error">
          {error}
        </p>
      )}
    </div>
  );
}
