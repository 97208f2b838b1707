import { Button } from '@emporium/ui';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { apiErrorMessage } from '../../lib/api-error';
import { trpc } from '../../trpc';

export interface OutcomePanelProps {
  readonly title: string;
  /** What happened: a message is on its way, something worked, or a link no longer works. */
  readonly icon: 'mail' | 'done' | 'problem';
  readonly children: ReactNode;
  /** Offer to send the verification link again to this address. */
  readonly resendTo?: string;
  readonly actions?: ReactNode;
}

/**
 * What came of a form or an e-mailed link ("Check your inbox", "Your new password is set"). It takes focus when it
 * appears, so screen readers read it at once.
 */
export function OutcomePanel({ title, icon, children, resendTo, actions }: OutcomePanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const resend = trpc.user.auth.resendVerification.useMutation();
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className={`account-panel account-panel--${icon}`} aria-labelledby={headingId}>
      <PanelIcon icon={icon} />
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="account-panel__title">
        {title}
      </h2>
      <div className="account-panel__body">{children}</div>
      {resendTo && (
        <div className="account-panel__resend" aria-live="polite">
          {resend.isSuccess ? (
            <p>We have sent another link. It may take a minute to arrive.</p>
          ) : (
            <>
              <p>Nothing after a few minutes? Check your spam folder, or</p>
              <Button variant="secondary" size="sm" loading={resend.isPending} onClick={() => resend.mutate({ email: resendTo })}>
                Send the link again
              </Button>
              {resend.isError && <p className="account-panel__error">{apiErrorMessage(resend.error)}</p>}
            </>
          )}
        </div>
      )}
      {actions && <div className="account-panel__actions">{actions}</div>}
    </section>
  );
}

function PanelIcon({ icon }: { readonly icon: OutcomePanelProps['icon'] }) {
  return (
    <svg className="account-panel__icon" aria-hidden="true" width="40" height="40" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
      {icon === 'mail' && (
        <>
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <path d="m4 7 8 6 8-6" />
        </>
      )}
      {icon === 'done' && <path d="m5 12 5 5 9-10" />}
      {icon === 'problem' && (
        <>
          <circle cx="12" cy="12" r="9" />
          <path d="M12 7.5v5.5M12 16.5v.01" />
        </>
      )}
    </svg>
  );
}
