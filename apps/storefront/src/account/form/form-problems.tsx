import { type MouseEvent, type ReactNode } from 'react';
import { FORM_ERROR, invalidFields } from '../lib/field-errors';
import { type SchemaForm } from './use-schema-form';

export interface FormProblemsProps {
  readonly form: SchemaForm;
  /** The visible label of each field, to name it in the list. */
  readonly labels: Readonly<Record<string, string>>;
  /** A problem the page explains itself (an unverified address with a "send the link again" button). */
  readonly children?: ReactNode;
}

/**
 * The summary at the top of a form after a refused submit: what is wrong, each problem a link to its field. Its
 * live region is always in the page, so screen readers announce it when it fills; it takes focus itself when the
 * problem belongs to no field.
 */
export function FormProblems({ form, labels, children }: FormProblemsProps) {
  const fieldProblems = form.attempted ? invalidFields(form.errors, form.fields) : [];
  const formProblem = form.errors[FORM_ERROR];
  const hasContent = fieldProblems.length > 0 || formProblem !== undefined || Boolean(children);

  function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
    const target = document.getElementById(form.idFor(field));
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  return (
    <div className="form-problems" aria-live="assertive" data-form-problems tabIndex={-1}>
      {hasContent && (
        <div className="form-problems__box">
          {formProblem !== undefined && <p className="form-problems__message">{formProblem}</p>}
          {children}
          {fieldProblems.length > 0 && (
            <>
              <p className="form-problems__title">{fieldProblems.length === 1 ? 'Please fix this problem:' : `Please fix these ${fieldProblems.length} problems:`}</p>
              <ul className="form-problems__list">
                {fieldProblems.map((field) => (
                  <li key={field}>
                    <a href={`#${form.idFor(field)}`} onClick={(event) => focusField(event, field)}>
                      {labels[field] ? `${labels[field]}: ` : ''}
                      {form.errors[field]}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
