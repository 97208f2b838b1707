import { Button, Checkbox } from '@emporium/ui';
import { addressInput } from '@emporium/user-contracts';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { FormProblems } from '../account/form/form-problems';
import { useSchemaForm } from '../account/form/use-schema-form';
import { schemaValidator } from '../account/form/validation';
import { type SavedAddress } from '../account/lib/account-types';
import { defaultCountryCode } from '../account/lib/address-form';
import {
  addressPartOf,
  CHECKOUT_ADDRESS_FIELDS,
  type CheckoutAddress,
  checkoutAddressForm,
  type CheckoutAddressValues,
  emailProblem,
  emptyCheckoutAddress,
  postcodeProblem,
  sameAddress,
  toCheckoutAddress,
} from './checkout-address';
import { CheckoutAddressFields, checkoutAddressLabels } from './checkout-address-fields';
import { initialChoice, NEW_ADDRESS, SavedAddressChoice } from './saved-address-choice';

export interface AddressStepResult {
  readonly address: CheckoutAddress;
  readonly email: string;
  readonly billingSame: boolean;
}

export interface AddressStepProps {
  readonly kind: 'shipping' | 'billing';
  readonly headingId: string;
  /** The signed-in customer's e-mail address; null for a guest, who is asked for one. */
  readonly customerEmail: string | null;
  /** The customer's address book; empty for a guest. */
  readonly saved: readonly SavedAddress[];
  readonly initial: { readonly address: CheckoutAddress | null; readonly email: string; readonly billingSame: boolean };
  /** A refused order whose problems are at this step's fields: shown there when the step opens. */
  readonly refusal?: unknown;
  readonly onDone: (result: AddressStepResult) => void;
}

type ParsedAddress = ReturnType<typeof addressInput.parse>;

/**
 * Where the order goes (with the guest's e-mail address first), or where the card is billed: an address from the
 * customer's book or a new one, checked with the address book's own rules before anything is sent.
 */
export function AddressStep({ kind, headingId, customerEmail, saved, initial, refusal, onDone }: AddressStepProps) {
  const askEmail = kind === 'shipping' && customerEmail === null;
  const [validate] = useState(() => schemaValidator(addressInput, addressPartOf, (values: CheckoutAddressValues) => ({ ...emailProblem(values.email, askEmail), ...postcodeProblem(values.postalCode) })));
  const form = useSchemaForm<CheckoutAddressValues, ParsedAddress>({
    initial: initial.address ? checkoutAddressForm(initial.address, initial.email) : emptyCheckoutAddress(defaultCountryCode(navigator.languages), initial.email),
    fields: askEmail ? CHECKOUT_ADDRESS_FIELDS : CHECKOUT_ADDRESS_FIELDS.filter((field) => field !== 'email'),
    validate,
  });
  const given = initial.address;
  const [choice, setChoice] = useState(() =>
    refusal ? NEW_ADDRESS : initialChoice(saved, kind, (address) => given !== null && sameAddress(toCheckoutAddress(address), given), given !== null),
  );
  const [billingSame, setBillingSame] = useState(initial.billingSame);
  const billingId = useId();

  // A refused order lands here (the step opens afresh) with its field problems: they are shown at their fields once.
  const refusalShown = useRef(false);
  const { showApiError } = form;
  useEffect(() => {
    if (!refusal || refusalShown.current) return;
    refusalShown.current = true;
    showApiError(refusal, `${kind}Address.`);
  }, [refusal, showApiError, kind]);

  const email = customerEmail ?? form.values.email.trim();
  const chosen = saved.find((address) => address.id === choice);

  // The book's rules drop a postcode where a country has none; the checkout sends the one typed, as couriers need it.
  const submit = form.handleSubmit((parsed) => onDone({ address: toCheckoutAddress({ ...parsed, postalCode: parsed.postalCode || form.values.postalCode }), email, billingSame }));
  const useSaved = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen) onDone({ address: toCheckoutAddress(chosen), email, billingSame });
  };

  return (
    <form {...form.formProps} className="account-form account-form--wide checkout-step" aria-labelledby={headingId} onSubmit={chosen ? useSaved : submit}>
      <FormProblems form={form} labels={checkoutAddressLabels(form.values.countryCode)} />
      {kind === 'shipping' && customerEmail !== null && (
        <p className="checkout-contact">
          Your confirmation goes to <strong>{customerEmail}</strong>, the address you signed in with.
        </p>
      )}
      {saved.length > 0 && (
        <SavedAddressChoice legend={kind === 'shipping' ? 'Ship to' : 'Bill to'} name={`${kind}-address`} addresses={saved} value={choice} onChange={setChoice} />
      )}
      {(choice === NEW_ADDRESS || !chosen) && (
        <fieldset className="checkout-fieldset">
          <legend className={saved.length > 0 ? 'ui-visually-hidden' : 'checkout-fieldset__legend'}>{kind === 'shipping' ? 'Shipping address' : 'Billing address'}</legend>
          <CheckoutAddressFields form={form} askEmail={askEmail} kind={kind} />
        </fieldset>
      )}
      {kind === 'shipping' && (
        <Checkbox
          id={billingId}
          label="Use this address for billing"
          hint="Untick if your card is registered to another address."
          checked={billingSame}
          onChange={(event) => setBillingSame(event.currentTarget.checked)}
        />
      )}
      <div className="account-form__actions">
        <Button type="submit">Continue</Button>
      </div>
    </form>
  );
}
