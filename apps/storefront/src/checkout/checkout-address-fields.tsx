import { SelectField, TextField } from '@emporium/ui';
import { addressLabels } from '../account/addresses/address-fields';
import { type useSchemaForm } from '../account/form/use-schema-form';
import { countryFieldRules, SHIPPING_COUNTRIES, withCountry } from '../account/lib/address-form';
import { type CheckoutAddressValues } from './checkout-address';

type CheckoutAddressForm = ReturnType<typeof useSchemaForm<CheckoutAddressValues, unknown>>;

/** The labels of the checkout's address form, for its problem summary. */
export function checkoutAddressLabels(countryCode: string): Readonly<Record<string, string>> {
  return { ...addressLabels(countryCode), email: 'E-mail address' };
}

const optional = (label: string) => `${label} (optional)`;

/**
 * An address as the address book asks for it (the region and postcode follow the country), without what only the
 * book needs (a label, a default). The e-mail field is the guest's contact, asked before the address.
 */
export function CheckoutAddressFields({ form, askEmail, kind }: { readonly form: CheckoutAddressForm; readonly askEmail: boolean; readonly kind: 'shipping' | 'billing' }) {
  const { values } = form;
  const rules = countryFieldRules(values.countryCode);
  const labels = checkoutAddressLabels(values.countryCode);
  // `shipping given-name`: the browser fills the shipping and the billing form each from its own saved address.
  const section = (token: string) => `${kind} ${token}`;

  return (
    <>
      {askEmail && (
        <TextField
          {...form.text('email')}
          label={labels['email'] ?? 'E-mail address'}
          hint="We send your order confirmation here."
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          required
        />
      )}
      <SelectField
        {...form.text('countryCode')}
        onChange={(event) => {
          const code = event.currentTarget.value;
          form.update((current) => ({ ...current, ...withCountry(current, code) }));
        }}
        label={labels['countryCode'] ?? 'Country'}
        autoComplete={section('country')}
        required
      >
        {!SHIPPING_COUNTRIES.some((country) => country.code === values.countryCode) && <option value={values.countryCode}>{values.countryCode || 'Select a country'}</option>}
        {SHIPPING_COUNTRIES.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </SelectField>
      <div className="account-form__pair">
        <TextField {...form.text('firstName')} label={labels['firstName'] ?? 'First name'} autoComplete={section('given-name')} required />
        <TextField {...form.text('lastName')} label={labels['lastName'] ?? 'Last name'} autoComplete={section('family-name')} required />
      </div>
      <TextField {...form.text('company')} label={optional(labels['company'] ?? 'Company')} autoComplete={section('organization')} />
      <TextField {...form.text('line1')} label={labels['line1'] ?? 'Address'} hint="Street and house number" autoComplete={section('address-line1')} required />
      <TextField {...form.text('line2')} label={optional(labels['line2'] ?? 'Apartment, suite, floor')} autoComplete={section('address-line2')} />
      <div className="account-form__pair">
        <TextField {...form.text('city')} label={labels['city'] ?? 'Town or city'} autoComplete={section('address-level2')} required />
        {rules.region !== 'none' &&
          (rules.regions ? (
            <SelectField {...form.text('region')} label={rules.region === 'optional' ? optional(rules.regionLabel) : rules.regionLabel} autoComplete={section('address-level1')} required={rules.region === 'required'}>
              <option value="">Select…</option>
              {rules.regions.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}
                </option>
              ))}
            </SelectField>
          ) : (
            <TextField {...form.text('region')} label={rules.region === 'optional' ? optional(rules.regionLabel) : rules.regionLabel} autoComplete={section('address-level1')} required={rules.region === 'required'} />
          ))}
      </div>
      {/* A courier needs a postcode, so the checkout asks for one even where the address book leaves it optional. */}
      <TextField
        {...form.text('postalCode')}
        className="account-form__short"
        label={rules.postalCode === 'none' ? 'Postcode' : rules.postalCodeLabel}
        hint={rules.postalCodeExample ? `For example ${rules.postalCodeExample}` : undefined}
        autoComplete={section('postal-code')}
        autoCapitalize="characters"
        spellCheck={false}
        required
      />
      <TextField {...form.text('phone')} label={optional(labels['phone'] ?? 'Phone number')} hint="For the courier, if they need to reach you." type="tel" autoComplete={section('tel')} inputMode="tel" />
    </>
  );
}
