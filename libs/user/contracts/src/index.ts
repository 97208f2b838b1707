export { emailSchema, newPasswordSchema } from './lib/fields';
export {
  changePasswordInput,
  type ChangePasswordInput,
  deleteAccountInput,
  type DeleteAccountInput,
  loginInput,
  type LoginInput,
  registerInput,
  type RegisterInput,
  requestPasswordResetInput,
  type RequestPasswordResetInput,
  resetPasswordInput,
  type ResetPasswordInput,
  sessionIdInput,
  type SessionIdInput,
  verifyEmailInput,
  type VerifyEmailInput,
} from './lib/account.inputs';
export {
  addressIdInput,
  type AddressIdInput,
  addressInput,
  type AddressInput,
  updateAddressInput,
  type UpdateAddressInput,
  updateProfileInput,
  type UpdateProfileInput,
} from './lib/profile.inputs';
export {
  customerSearchInput,
  type CustomerSearchInput,
  setRoleInput,
  type SetRoleInput,
  userIdInput,
  type UserIdInput,
} from './lib/staff.inputs';
