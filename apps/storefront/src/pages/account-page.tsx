import { Route, Routes } from 'react-router';
import { AddressEditorPage } from '../account/addresses/address-editor-page';
import { AddressesPage } from '../account/addresses/addresses-page';
import { OrderPage } from '../account/orders/order-page';
import { OrdersPage } from '../account/orders/orders-page';
import { ForgotPasswordPage } from '../account/auth/forgot-password-page';
import { RegisterPage } from '../account/auth/register-page';
import { ResetPasswordPage } from '../account/auth/reset-password-page';
import { SignInPage } from '../account/auth/sign-in-page';
import { VerifyEmailPage } from '../account/auth/verify-email-page';
import { DeleteAccountPage } from '../account/profile/delete-account-page';
import { OverviewPage } from '../account/profile/overview-page';
import { ProfilePage } from '../account/profile/profile-page';
import { SecurityPage } from '../account/security/security-page';
import { AccountLayout } from '../account/shell/account-layout';
import { GuestOnly } from '../account/shell/guest-only';
import { RequireSignIn } from '../account/shell/require-sign-in';
import { NotFoundPage } from './not-found-page';

/**
 * Everything under /account, loaded on demand (the route is `lazy`), so the account's forms and their schemas
 * never weigh on the catalogue's first load. Signed-out pages (sign in, register, the e-mailed links) and the
 * signed-in account behind `RequireSignIn`.
 */
export function AccountPage() {
  return (
    <Routes>
      <Route
        path="sign-in"
        element={
          <GuestOnly>
            <SignInPage />
          </GuestOnly>
        }
      />
      <Route
        path="register"
        element={
          <GuestOnly>
            <RegisterPage />
          </GuestOnly>
        }
      />
      <Route path="verify" element={<VerifyEmailPage />} />
      <Route path="forgot-password" element={<ForgotPasswordPage />} />
      <Route path="reset-password" element={<ResetPasswordPage />} />
      <Route
        element={
          <RequireSignIn>
            <AccountLayout />
          </RequireSignIn>
        }
      >
        <Route index element={<OverviewPage />} />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="orders" element={<OrdersPage />} />
        <Route path="orders/:orderId" element={<OrderPage />} />
        <Route path="addresses" element={<AddressesPage />} />
        <Route path="addresses/new" element={<AddressEditorPage />} />
        <Route path="addresses/:id" element={<AddressEditorPage />} />
        <Route path="security" element={<SecurityPage />} />
        <Route path="delete" element={<DeleteAccountPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
