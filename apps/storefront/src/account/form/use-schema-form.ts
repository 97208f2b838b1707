import { type ChangeEvent, type FocusEvent, type FormEvent, useCallback, useId, useLayoutEffect, useState } from 'react';
import { apiFieldErrors } from '../../lib/api-error';
import { apiFieldErrorsFor, FORM_ERROR, type FieldErrors } from '../lib/field-errors';
import { type Validation } from './validation';

type FormValues = Readonly<Record<string, string | boolean>>;
type TextKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;
type FlagKeys<V> = { [K in keyof V]: V[K] extends boolean ? K : never }[keyof V] & string;

export interface SchemaFormOptions<V extends FormValues, T> {
  readonly initial: V;
  /** The fields in form order; the first invalid one gets focus. */
  readonly fields: ReadonlyArray<keyof V & string>;
  readonly validate: (values: V) => Validation<T>;
}

/**
 * State and wiring for a form checked by a shared zod schema. A field is checked when it loses focus after being
 * edited, and re-checked as it is typed in once it shows a problem (so the message goes as soon as it is fixed, but
 * none appears mid-word); every field is checked on submit, and focus moves to the first one with a problem. The
 * server's `fieldErrors` land at the same fields.
 */
export function useSchemaForm<V extends FormValues, T>({ initial, fields, validate }: SchemaFormOptions<V, T>) {
  const formId = useId();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [edited, setEdited] = useState<ReadonlySet<string>>(() => new Set());

  // After a refused submit, focus the first field marked invalid (document order is the form's order), or the
  // problems box when the problem belongs to no field. Before paint, so the message and the focus arrive together.
  useLayoutEffect(() => {
    if (focusRequest === 0) return;
    const form = document.getElementById(formId);
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[data-form-problems]');
    target?.focus();
  }, [focusRequest, formId]);

  const idFor = useCallback((field: string) => `${formId}-${field}`, [formId]);

  function setValue<K extends keyof V & string>(field: K, value: V[K]) {
    if (!edited.has(field)) setEdited(new Set(edited).add(field));
    const next = { ...values, [field]: value };
    setValues(next);
    // A field already showing a problem is re-checked as it changes, so the message goes once it is fixed.
    if (errors[field] !== undefined) recheck(next, [field]);
  }

  /** Replaces several values at once (a country change clearing its region); their messages are re-checked too. */
  function update(change: (current: V) => V) {
    const next = change(values);
    setValues(next);
    recheck(
      next,
      fields.filter((field) => errors[field] !== undefined),
    );
  }

  function recheck(next: V, checked: readonly string[]) {
    if (checked.length === 0) return;
    const result = validate(next);
    setErrors((current) => {
      const merged: Record<string, string> = { ...current };
      for (const field of checked) {
        const message = result.ok ? undefined : result.errors[field];
        if (message === undefined) delete merged[field];
        else merged[field] = message;
      }
      return merged;
    });
  }

  function blur(field: string, event: FocusEvent<HTMLElement>) {
    // Leaving for this form's submit button: the submit checks everything anyway, and a message appearing now
    // would move the button from under the pointer before the click lands.
    const next = event.relatedTarget;
    if (next instanceof HTMLButtonElement && next.type === 'submit' && next.form === event.currentTarget.closest('form')) return;
    if (edited.has(field) || errors[field] !== undefined) recheck(values, [field]);
  }

  function text<K extends TextKeys<V>>(field: K) {
    return {
      id: idFor(field),
      name: field,
      value: values[field] as string,
      error: errors[field],
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValue(field, event.currentTarget.value as V[K]),
      onBlur: (event: FocusEvent<HTMLElement>) => blur(field, event),
    };
  }

  function flag<K extends FlagKeys<V>>(field: K) {
    return {
      id: idFor(field),
      name: field,
      checked: values[field] as boolean,
      onChange: (event: ChangeEvent<HTMLInputElement>) => setValue(field, event.currentTarget.checked as V[K]),
    };
  }

  /** The form's onSubmit: checks everything, then hands the parsed input to `onValid` (which may be async). */
  function handleSubmit(onValid: (input: T) => unknown) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setAttempted(true);
      const result = validate(values);
      if (!result.ok) {
        setErrors(result.errors);
        setFocusRequest((count) => count + 1);
        return;
      }
      setErrors({});
      void onValid(result.data);
    };
  }

  /**
   * Shows a refused request's field problems at their fields (`prefix` strips a wrapper such as `address.`) and
   * focuses the first. False when the error has none, for the caller to explain it another way.
   */
  function showApiError(error: unknown, prefix = ''): boolean {
    const list = apiFieldErrors(error);
    if (list.length === 0) return false;
    setAttempted(true);
    setErrors(apiFieldErrorsFor(list, fields, prefix));
    setFocusRequest((count) => count + 1);
    return true;
  }

  /** A message for the form as a whole (a refused sign-in); shown in the problems box, which takes focus. */
  function showFormError(message: string) {
    setAttempted(true);
    setErrors({ [FORM_ERROR]: message });
    setFocusRequest((count) => count + 1);
  }

  function reset(next: V = initial) {
    setEdited(new Set());
    setValues(next);
    setErrors({});
    setAttempted(false);
  }

  /** Spread on the <form>: its id (for focusing inside it) and no browser bubbles, the form shows its own messages. */
  const formProps = { id: formId, noValidate: true };

  return { formProps, formId, values, errors, attempted, idFor, setValue, update, text, flag, handleSubmit, showApiError, showFormError, reset, fields };
}

export type SchemaForm = Pick<ReturnType<typeof useSchemaForm>, 'errors' | 'attempted' | 'idFor' | 'fields'>;
