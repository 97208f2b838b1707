import { loginInput, registerInput } from '@emporium/user-contracts';
import { apiFieldErrorsFor, FORM_ERROR, invalidFields, issuesToFieldErrors } from './field-errors';

describe('issuesToFieldErrors', () => {
  it('puts each issue of the shared schema under its field', () => {
    const result = loginInput.safeParse({ email: 'not an address', password: '' });
    expect(result.success).toBe(false);
    expect(issuesToFieldErrors(result.error?.issues ?? [])).toEqual({ email: 'Enter a valid e-mail address', password: 'Enter your password' });
  });

  it('keeps the first message when a field has several problems', () => {
    expect(
      issuesToFieldErrors([
        { path: ['password'], message: 'Use at least 8 characters' },
        { path: ['password'], message: 'This password is too easy to guess' },
      ]),
    ).toEqual({ password: 'Use at least 8 characters' });
  });

  it('reports object-level refinements at the field they name', () => {
    const result = registerInput.safeParse({ email: 'ada@example.com', password: 'ada@example.com' });
    expect(issuesToFieldErrors(result.error?.issues ?? [])).toEqual({ password: "Don't use your e-mail address as your password" });
  });

  it('joins nested paths with dots and keeps root issues as a form error', () => {
    expect(
      issuesToFieldErrors([
        { path: ['address', 'postalCode'], message: 'Enter your ZIP code' },
        { path: [], message: 'Unrecognized key: "role"' },
      ]),
    ).toEqual({ 'address.postalCode': 'Enter your ZIP code', [FORM_ERROR]: 'Unrecognized key: "role"' });
  });
});

describe('apiFieldErrorsFor', () => {
  it('strips the wrapping path and sends unknown paths to the form error', () => {
    expect(
      apiFieldErrorsFor(
        [
          { path: 'address.postalCode', message: 'Enter a valid ZIP code, like 94103' },
          { path: 'id', message: 'Invalid UUID' },
        ],
        ['postalCode', 'region'],
        'address.',
      ),
    ).toEqual({ postalCode: 'Enter a valid ZIP code, like 94103', [FORM_ERROR]: 'Invalid UUID' });
  });
});

describe('invalidFields', () => {
  it('lists the fields with problems in form order', () => {
    expect(invalidFields({ city: 'x', firstName: 'y', [FORM_ERROR]: 'z' }, ['firstName', 'lastName', 'city'])).toEqual(['firstName', 'city']);
  });
});
