import { Button, buttonClassName, currencyFractionDigits, SelectField, TextField } from '@emporium/ui';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { trpc } from '../../trpc';
import { FormDialog } from '../components/form-dialog';
import { SubmitProblems } from '../components/problems';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { adminPaths } from '../lib/admin-paths';
import { fieldMessages, fieldProblems } from '../lib/api-problems';
import { LINK_CURRENCIES, type LinkDraft, linkInput } from './payment-inputs';
import type { PaymentLink } from './payment-types';

/** Staff make a link a customer pays at (a phone order, a deposit), then copy it to send. */
export function PaymentLinkDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  return (
    <FormDialog open={open} title="Create payment link" onClose={onClose}>
      <LinkForm onClose={onClose} />
    </FormDialog>
  );
}

function LinkForm({ onClose }: { readonly onClose: () => void }) {
  const utils = trpc.useUtils();
  const [draft, setDraft] = useState<LinkDraft>({ amount: '', currency: 'USD', reference: '' });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const create = trpc.payment.admin.createLink.useMutation({ onSuccess: () => void utils.payment.admin.list.invalidate() });
  const server = fieldMessages(fieldProblems(create.error), (path) => (path === 'amount' || path === 'currency' || path === 'reference' ? path : null));
  const errorOf = (field: string) => problems[field] ?? server.byField[field];

  if (create.data) return <CreatedLink link={create.data} onClose={onClose} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = linkInput(draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    create.mutate(checked.input);
  };
  const digits = currencyFractionDigits(draft.currency);

  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      <div className="admin-payment-link__amount">
        <TextField
          label="Amount"
          inputMode={digits === 0 ? 'numeric' : 'decimal'}
          placeholder={digits === 0 ? '1500' : (12.5).toFixed(digits)}
          value={draft.amount}
          error={errorOf('amount')}
          onChange={(event) => setDraft({ ...draft, amount: event.target.value })}
        />
        <SelectField label="Currency" value={draft.currency} error={errorOf('currency')} onChange={(event) => setDraft({ ...draft, currency: event.target.value })}>
          {LINK_CURRENCIES.map((currency) => (
            <option key={currency} value={currency}>
              {currency}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label="Reference"
        hint="What the payment is for, as staff will search for it: an order or invoice number"
        maxLength={120}
        value={draft.reference}
        error={errorOf('reference')}
        onChange={(event) => setDraft({ ...draft, reference: event.target.value })}
      />
      <SubmitProblems error={create.error} unclaimed={server.unclaimed} title="The link was not created" />
      <SubmitOrCancel label="Create link" loading={create.isPending} onCancel={onClose} />
    </form>
  );
}

function CreatedLink({ link, onClose }: { readonly link: PaymentLink; readonly onClose: () => void }) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied('yes');
    } catch {
      // The clipboard can be refused (no permission, not a secure origin): leave the link selected to copy by hand.
      field.current?.select();
      setCopied('no');
    }
  };
  return (
    <div className="admin-form">
      <p>Send this link to the customer. It carries the payment’s secret, so share it only with them.</p>
      <div className="admin-payment-link__url">
        <TextField ref={field} label="Payment link" readOnly value={link.url} onFocus={(event) => event.target.select()} />
        <Button variant="secondary" onClick={() => void copy()}>
          Copy link
        </Button>
      </div>
      <p className="admin-muted" role="status">
        {copied === 'yes' ? 'Copied to the clipboard.' : copied === 'no' ? 'The browser did not allow copying; the link is selected, press Ctrl+C (⌘C) to copy it.' : ''}
      </p>
      <div className="admin-button-row">
        <Link to={adminPaths.payment(link.paymentId)} className={buttonClassName({ variant: 'secondary' })} onClick={onClose}>
          Open the payment
        </Link>
        <Button onClick={onClose}>Done</Button>
      </div>
    </div>
  );
}
