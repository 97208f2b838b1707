import { Button, SelectField, TextField } from '@emporium/ui';
import { type FormEvent, useId, useRef, useState } from 'react';
import { RETURN_REASONS, type ReturnReason } from './order-labels';
import { checkReturn, type ReturnableLine, type ReturnLineDraft } from './return-request';
import { type ReturnLineInput } from './order-types';

export interface ReturnRequestFormProps {
  readonly returnable: readonly ReturnableLine[];
  readonly busy: boolean;
  /** A refusal of the request, in words. */
  readonly problem: string | null;
  readonly onSubmit: (lines: ReturnLineInput[]) => void;
  readonly onCancel: () => void;
}

/** Per line: how many to send back (no more than may be returned) and why. */
export function ReturnRequestForm({ returnable, busy, problem, onSubmit, onCancel }: ReturnRequestFormProps) {
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [drafts, setDrafts] = useState<ReturnLineDraft[]>(() => returnable.map((line) => ({ lineId: line.lineId, quantity: '', reason: '', note: '' })));
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});

  const change = (lineId: string, patch: Partial<ReturnLineDraft>) => setDrafts((current) => current.map((draft) => (draft.lineId === lineId ? { ...draft, ...patch } : draft)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const result = checkReturn(drafts, returnable);
    if (!result.ok) {
      setErrors(result.errors);
      // The first problem takes focus, so a screen reader reads its message.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-return-problem]')?.focus());
      return;
    }
    setErrors({});
    onSubmit(result.lines.map((line) => ({ ...line })));
  };

  return (
    <form ref={formRef} className="order-return-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>Request a return</h3>
      <p className="order-muted">Choose what you want to send back. We’ll e-mail you how to return it; the refund follows once it arrives.</p>
      <div role="alert" className="order-return-form__alert" data-return-problem tabIndex={-1}>
        {(errors['lines'] ?? problem) && <p className="order-problem">{errors['lines'] ?? problem}</p>}
      </div>
      {returnable.map((line) => {
        const draft = drafts.find((candidate) => candidate.lineId === line.lineId);
        if (!draft) return null;
        return (
          <fieldset key={line.lineId} className="order-return-line">
            <legend className="order-return-line__title">{line.title}</legend>
            <TextField
              id={`${formId}-${line.lineId}-quantity`}
              label="How many to return"
              hint={`Up to ${line.max}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={line.max}
              step={1}
              className="order-return-line__quantity"
              value={draft.quantity}
              error={errors[`${line.lineId}.quantity`]}
              onChange={(event) => change(line.lineId, { quantity: event.currentTarget.value })}
            />
            <SelectField
              id={`${formId}-${line.lineId}-reason`}
              label="Reason"
              value={draft.reason}
              error={errors[`${line.lineId}.reason`]}
              onChange={(event) => change(line.lineId, { reason: event.currentTarget.value as ReturnReason | '' })}
            >
              <option value="">Select…</option>
              {RETURN_REASONS.map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </SelectField>
            <TextField
              id={`${formId}-${line.lineId}-note`}
              label="Anything to add (optional)"
              maxLength={500}
              value={draft.note}
              onChange={(event) => change(line.lineId, { note: event.currentTarget.value })}
            />
          </fieldset>
        );
      })}
      <div className="order-actions">
        <Button type="submit" loading={busy}>
          Request the return
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
