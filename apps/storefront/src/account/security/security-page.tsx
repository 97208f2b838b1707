import { useDocumentTitle } from '../../lib/use-document-title';
import { ChangePasswordForm } from './change-password-form';
import { SessionList } from './session-list';

export function SecurityPage() {
  useDocumentTitle('Sign-in & security');
  return (
    <div className="account-page">
      <header className="account-page__header">
        <h1>Sign-in &amp; security</h1>
        <p className="account-page__lead">Keep your account safe: use a strong password, and sign out of devices you no longer use.</p>
      </header>
      <section aria-labelledby="password-heading" className="account-section">
        <h2 id="password-heading">Change your password</h2>
        <p className="account-section__intro">Changing it signs out every other device. You stay signed in here.</p>
        <ChangePasswordForm headingId="password-heading" />
      </section>
      <section aria-labelledby="sessions-heading" className="account-section">
        <h2 id="sessions-heading" tabIndex={-1}>
          Where you are signed in
        </h2>
        <p className="account-section__intro">If you see a device you do not recognise, sign it out and change your password.</p>
        <SessionList headingId="sessions-heading" />
      </section>
    </div>
  );
}
