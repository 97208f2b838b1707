import { Button, SelectField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { apiErrorMessage, apiFieldErrors } from '../lib/api-error';
import { type CartDestination, type CartTotalsView } from './cart-types';
import { asksForRegion, countryName, DESTINATION_COUNTRIES, destinationInput, placeName, US_STATES } from './destination';
import { useSetDestination } from './use-cart';

export interface DestinationFormProps {
  /** Where the shopper said the order goes; null until they say. */
  readonly destination: CartDestination | null;
  /** Where the totals were worked out for (null when the cart could not be priced). */
  readonly taxDestination: CartTotalsView['taxDestination'] | null;
}

/**
 * Says where tax and shipping are estimated for and lets the shopper change it: a country, and a state in the US,
 * where the rate differs by state. Folded away until asked for; checkout will take the full address.
 */
export function DestinationForm({ destination, taxDestination }: DestinationFormProps) {
  const place = destination ?? taxDestination;
  const [open, setOpen] = useState(false);
  return (
    <div className="destination">
      {place && (
        <p className="destination__place">
          {destination ? 'Tax and shipping for ' : 'Tax and shipping estimated for '}
          <strong>{placeName(place)}</strong>
        </p>
      )}
      <details className="destination__details" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="destination__summary">{destination ? 'Change destination' : 'Estimate for another place'}</summary>
        {/* Mounted when opened, so it starts from where the cart is shipped now. */}
        {open && <DestinationFields initial={place} onDone={() => setOpen(false)} />}
      </details>
    </div>
  );
}

function DestinationFields({ initial, onDone }: { readonly initial: { readonly country: string; readonly region: string | null } | null; readonly onDone: () => void }) {
  const save = useSetDestination();
  const [country, setCountry] = useState(initial?.country ?? 'US');
  const [region, setRegion] = useState(initial?.region ?? '');
  const offered: readonly string[] = DESTINATION_COUNTRIES;
  // A place saved elsewhere (another tab, a later checkout) stays choosable.
  const countries = offered.includes(country) ? offered : [country, ...offered];
  const fieldError = (path: string) => apiFieldErrors(save.error).find((problem) => problem.path.endsWith(path))?.message;
  const otherError = save.error && !fieldError('country') && !fieldError('region') ? apiErrorMessage(save.error) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate({ destination: destinationInput(country, region) }, { onSuccess: onDone });
  }

  return (
    <form className="destination__form" onSubmit={submit}>
      <SelectField label="Country" value={country} error={fieldError('country')} onChange={(event) => setCountry(event.currentTarget.value)}>
        {countries.map((code) => (
          <option key={code} value={code}>
            {countryName(code)}
          </option>
        ))}
      </SelectField>
      {asksForRegion(country) && (
        <SelectField label="State" value={region} error={fieldError('region')} onChange={(event) => setRegion(event.currentTarget.value)}>
          <option value="">Choose a state</option>
          {US_STATES.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
      )}
      {otherError && (
        <p className="ui-field__error" role="alert">
          {otherError}
        </p>
      )}
      <Button type="submit" variant="secondary" size="sm" loading={save.isPending}>
        Update estimate
      </Button>
    </form>
  );
}
