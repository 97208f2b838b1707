import { type ReactNode, useId } from 'react';
import { useDocumentTitle } from '../../lib/use-document-title';

export interface AuthCardProps {
  readonly title: string;
  /** A sentence under the title saying what the page is for. */
  readonly intro?: ReactNode;
  /** Links under the card ("New here? Create an account"). */
  readonly footer?: ReactNode;
  readonly children: ReactNode;
}

/** The narrow, centred frame of the signed-out pages: sign in, register, the e-mailed links. */
export function AuthCard({ title, intro, footer, children }: AuthCardProps) {
  useDocumentTitle(title);
  const headingId = useId();
  return (
    <section className="account-auth" aria-labelledby={headingId}>
      <div className="account-auth__card">
        <h1 id={headingId} className="account-auth__title">
          {title}
        </h1>
        {intro && <div className="account-auth__intro">{intro}</div>}
        {children}
      </div>
      {footer && <div className="account-auth__footer">{footer}</div>}
    </section>
  );
}
