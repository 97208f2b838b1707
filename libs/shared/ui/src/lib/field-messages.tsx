import { type ReactNode } from 'react';
import { cx } from './class-names';

/** False, null and undefined say "no error"; anything else is a message to show. */
export function hasFieldError(error: ReactNode): boolean {
  return error !== undefined && error !== null && error !== false;
}

/**
 * The ARIA a field's control needs for its hint and error: invalid while there is an error, and described by a
 * description passed in, then the hint, then the error (the ids `FieldMessages` gives them).
 */
export function fieldAria(controlId: string, hint: ReactNode, error: ReactNode, describedBy?: string) {
  const invalid = hasFieldError(error);
  const describers = cx(describedBy, hint ? `${controlId}-hint` : undefined, invalid ? `${controlId}-error` : undefined);
  return { 'aria-invalid': invalid || undefined, 'aria-describedby': describers || undefined };
}

/** A field's hint and error under its control, with the ids `fieldAria` points the control at. */
export function FieldMessages({ controlId, hint, error }: { readonly controlId: string; readonly hint: ReactNode; readonly error: ReactNode }) {
  return (
    <>
      {hint && (
        <p id={`${controlId}-hint`} className="ui-field__hint">
          {hint}
        </p>
      )}
      {hasFieldError(error) && (
        <p id={`${controlId}-error`} className="ui-field__error">
          {error}
        </p>
      )}
    </>
  );
}
