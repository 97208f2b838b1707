import { Radio } from '@emporium/ui';
import { type SavedAddress } from '../account/lib/account-types';
import { addressLines } from '../account/lib/address-form';

/** "new", or the id of a saved address. */
type AddressChoice = string;
export const NEW_ADDRESS: AddressChoice = 'new';

export interface SavedAddressChoiceProps {
  readonly legend: string;
  readonly name: string;
  readonly addresses: readonly SavedAddress[];
  readonly value: AddressChoice;
  readonly onChange: (choice: AddressChoice) => void;
}

/** The customer's address book as choices, and "a new address" last. */
export function SavedAddressChoice({ legend, name, addresses, value, onChange }: SavedAddressChoiceProps) {
  return (
    <fieldset className="checkout-fieldset checkout-saved-addresses">
      <legend className="checkout-fieldset__legend">{legend}</legend>
      {addresses.map((address) => {
        const [person, ...rest] = addressLines(address);
        return (
          <Radio
            key={address.id}
            name={name}
            value={address.id}
            checked={value === address.id}
            onChange={() => onChange(address.id)}
            label={address.label ? `${address.label} — ${person}` : person}
            hint={rest.join(', ')}
          />
        );
      })}
      <Radio name={name} value={NEW_ADDRESS} checked={value === NEW_ADDRESS} onChange={() => onChange(NEW_ADDRESS)} label="A new address" />
    </fieldset>
  );
}

/** The choice to start with: the address given before, else the default of its kind, else any saved one, else a new one. */
export function initialChoice(addresses: readonly SavedAddress[], kind: 'shipping' | 'billing', matches: (address: SavedAddress) => boolean, hasGiven: boolean): AddressChoice {
  const given = addresses.find(matches);
  if (given) return given.id;
  if (hasGiven) return NEW_ADDRESS;
  const ofKind = addresses.filter((address) => address.kind === kind);
  return (ofKind.find((address) => address.isDefault) ?? ofKind[0] ?? addresses[0])?.id ?? NEW_ADDRESS;
}
