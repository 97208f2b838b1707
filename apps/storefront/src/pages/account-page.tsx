import { EmptyState, buttonClassName } from '@emporium/ui';
import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title';

/** There is no user service yet; the page says so rather than showing a sign-in form that cannot work. */
export function AccountPage() {
  useDocumentTitle('Your account');
  return (
    <section className="page-section" aria-labelledby="account-heading">
      <h1 id="account-heading">Your account</h1>
      <EmptyState
        title="Signing in is coming soon"
        action={
          <Link to="/" className={buttonClassName({ variant: 'secondary' })}>
            Continue shopping
          </Link>
        }
      >
        <p>Accounts, order history and saved addresses are on their way. You can browse the shop in the meantime.</p>
      </EmptyState>
    </section>
  );
}
