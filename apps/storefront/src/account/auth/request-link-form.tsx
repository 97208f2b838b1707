import { Button, TextField } from '@emporium/ui';
import { requestPasswordResetInput } from '@emporium/user-contracts';
import { type ReactNode, useState } from 'react';
import { trpc } from '../../trpc';
import { FormProblems } from '../form/form-problems';
import { refusalMessage } from '../form/refusal';
import { useSchemaForm } from '../form/use-schema-form';
import { schemaValidator } from '../form/validation';
import { OutcomePanel } from './outcome-panel';

const validate = schemaValidator(requestPasswordResetInput, (values: { email: string }) => values);
const LABELS = { email: 'E-mail address' };

export interface RequestLinkFormProps {
  /** Which link to send: a new verification link or a password reset link. */
  readonly purpose: 'verification' | 'reset';
  readonly initialEmail?: string;
  readonly submitLabel: string;
  /** What "check your inbox" adds about the link; the first sentence is the same whatever the address. */
  readonly sentNote: ReactNode;
  readonly sentActions?: ReactNode;
}

/**
 * Asks for an address and e-mails a link to it. The answer never says whether the address has an account, so
 * nobody can use this form to find out who shops here.
 */
export function RequestLinkForm({ purpose, initialEmail = '', submitLabel, sentNote, sentActions }: RequestLinkFormProps) {
  const resetRequest = trpc.user.auth.requestPasswordReset.useMutation();
  const verificationRequest = trpc.user.auth.resendVerification.useMutation();
  const request = purpose === 'reset' ? resetRequest : verificationRequest;
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useSchemaForm({ initial: { email: initialEmail }, fields: ['email'], validate });

  const submit = form.handleSubmit(async (input) => {
    try {
      await request.mutateAsync(input);
      setSentTo(input.email);
    } catch (error) {
      if (!form.showApiError(error)) form.showFormError(refusalMessage(error));
    }
  });

  if (sentTo) {
    return (
      <OutcomePanel title="Check your inbox" icon="mail" actions={sentActions}>
        <p>
          If <strong>{sentTo}</strong> can be used, a message is on its way to it. Follow the link inside to continue.
        </p>
        {sentNote}
      </OutcomePanel>
    );
  }

  return (
    <form {...form.formProps} className="account-form" onSubmit={submit}>
      <FormProblems form={form} labels={LABELS} />
      <TextField {...form.text('email')} label={LABELS.email} type="email" autoComplete="email" inputMode="email" spellCheck={false} required />
      <Button type="submit" fullWidth loading={request.isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
