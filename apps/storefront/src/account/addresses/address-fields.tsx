import { Checkbox, Radio, SelectField, TextField } from '@emporium/ui';
import { type AddressFormValues, countryFieldRules, SHIPPING_COUNTRIES, withCountry } from '../lib/address-form';
import { type useSchemaForm } from '../form/use-schema-form';

type AddressForm = ReturnType<typeof useSchemaForm<AddressFormValues, unknown>>;

export interface AddressFieldsProps {
  readonly form: AddressForm;
  /** The default of its kind cannot be unset here, only moved to another address; the first of a kind is the default. */
  readonly defaultLocked: 'first' | 'current' | null;
}

/** The labels of the address fields, which follow the chosen country ("State", "ZIP code" in the United States). */
export function addressLabels(countryCode: string): Readonly<Record<string, string>> {
  const rules = countryFieldRules(countryCode);
  return {
    kind: 'Address type',
    countryCode: 'Country',
    firstName: 'First name',
    lastName: 'Last name',
    company: 'Company',
    line1: 'Address',
    line2: 'Apartment, suite, floor',
    city: 'Town or city',
    region: rules.regionLabel,
    postalCode: rules.postalCodeLabel,
    phone: 'Phone number',
    label: 'Label',
  };
}

const optional = (label: string) => `${label} (optional)`;

/**
 * The fields of an address, adapting to the country: the region is a list where the country has one (US states),
 * free text where it does not, and absent where addresses have none; the postcode too, with its local name and an
 * example. Required fields say so to screen readers; optional ones say so on screen.
 */
export function AddressFields({ form, defaultLocked }: AddressFieldsProps) {
  const { values } = form;
  const rules = countryFieldRules(values.countryCode);
  const labels = addressLabels(values.countryCode);
  const kind = values.kind;

  return (
    <>
      <fieldset className="account-fieldset account-fieldset--inline">
        <legend className="ui-field__label">{labels['kind']}</legend>
        <Radio name="kind" value="shipping" label="Shipping" checked={kind === 'shipping'} onChange={() => form.setValue('kind', 'shipping')} />
        <Radio name="kind" value="billing" label="Billing" checked={kind === 'billing'} onChange={() => form.setValue('kind', 'billing')} />
      </fieldset>
      <SelectField
        {...form.text('countryCode')}
        onChange={(event) => {
          const code = event.currentTarget.value;
          form.update((current) => withCountry(current, code));
        }}
        label={labels['countryCode']}
        autoComplete="country"
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
        <TextField {...form.text('firstName')} label={labels['firstName']} autoComplete="given-name" required />
        <TextField {...form.text('lastName')} label={labels['lastName']} autoComplete="family-name" required />
      </div>
      <TextField {...form.text('company')} label={optional(labels['company'] ?? '')} autoComplete="organization" />
      <TextField {...form.text('line1')} label={labels['line1']} hint="Street and house number" autoComplete="address-line1" required />
      <TextField {...form.text('line2')} label={optional(labels['line2'] ?? '')} autoComplete="address-line2" />
      <div className="account-form__pair">
        <TextField {...form.text('city')} label={labels['city']} autoComplete="address-level2" required />
        {rules.region !== 'none' &&
          (rules.regions ? (
            <SelectField {...form.text('region')} label={rules.region === 'optional' ? optional(rules.regionLabel) : rules.regionLabel} autoComplete="address-level1" required={rules.region === 'required'}>
              <option value="">Select…</option>
              {rules.regions.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}
                </option>
              ))}
            </SelectField>
          ) : (
            <TextField {...form.text('region')} label={rules.region === 'optional' ? optional(rules.regionLabel) : rules.regionLabel} autoComplete="address-level1" required={rules.region === 'required'} />
          ))}
      </div>
      {rules.postalCode !== 'none' && (
        <TextField
          {...form.text('postalCode')}
          className="account-form__short"
          label={rules.postalCode === 'optional' ? optional(rules.postalCodeLabel) : rules.postalCodeLabel}
          hint={rules.postalCodeExample ? `For example ${rules.postalCodeExample}` : undefined}
          autoComplete="postal-code"
          autoCapitalize="characters"
          spellCheck={false}
          required={rules.postalCode === 'required'}
        />
      )}
      <TextField {...form.text('phone')} label={optional(labels['phone'] ?? '')} hint="For the courier, if they need to reach you." type="tel" autoComplete="tel" inputMode="tel" />
      <TextField {...form.text('label')} label={optional(labels['label'] ?? '')} hint="A name to find it by, like Home or Office." className="account-form__short" />
      {defaultLocked ? (
        <Checkbox
          label={`My default ${kind} address`}
          hint={defaultLocked === 'first' ? `Your first ${kind} address is your default.` : `To change it, make another ${kind} address the default.`}
          checked
          disabled
          readOnly
        />
      ) : (
        <Checkbox {...form.flag('isDefault')} label={`Make this my default ${kind} address`} />
      )}
    </>
  );
}
