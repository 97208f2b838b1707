import { Button, Price, Radio, Spinner } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { QueryError } from '../app/query-error';
import { apiFieldErrors, shouldRetry } from '../lib/api-error';
import { trpc } from '../trpc';
import { type CheckoutAddress, destinationOf } from './checkout-address';
import { type DeliveryOption } from './checkout-types';
import { deliveryText, transitText } from './delivery-text';

export interface DeliveryStepProps {
  readonly headingId: string;
  readonly shippingAddress: CheckoutAddress;
  readonly chosen: string | null;
  readonly onDone: (option: DeliveryOption) => void;
  readonly onChangeAddress: () => void;
}

/** The delivery options for the shipping address (cheapest first), each with its price and when it would arrive. */
export function DeliveryStep({ headingId, shippingAddress, chosen, onDone, onChangeAddress }: DeliveryStepProps) {
  const options = trpc.storefront.checkout.options.useQuery(
    { destination: destinationOf(shippingAddress) },
    { retry: shouldRetry, staleTime: 60_000, refetchOnWindowFocus: false },
  );
  const [picked, setPicked] = useState<string | null>(chosen);
  const addressProblems = options.isError ? apiFieldErrors(options.error).map((problem) => problem.message) : [];
  const list = options.data?.options ?? [];
  // The earlier choice when it is still offered, else the cheapest.
  const selected = list.find((option) => option.id === picked) ?? list[0] ?? null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (selected) onDone(selected);
  };

  return (
    <form className="checkout-step" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <div role="status" aria-live="polite">
        {options.isPending && <Spinner label="Finding delivery options" />}
      </div>
      {options.isError &&
        (addressProblems.length > 0 ? (
          // The shipping service found the address impossible (a postcode that cannot exist there): it says where.
          <div className="checkout-problem" role="alert">
            {addressProblems.map((problem) => (
              <p key={problem}>{problem}</p>
            ))}
          </div>
        ) : (
          <QueryError error={options.error} onRetry={() => void options.refetch()} retrying={options.isFetching} />
        ))}
      {options.data && (
        <>
          {options.data.notes.length > 0 && (
            <ul className="checkout-notes">
              {options.data.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          {list.length > 0 ? (
            <fieldset className="checkout-fieldset checkout-delivery-options">
              <legend className="checkout-fieldset__legend">Choose a delivery option</legend>
              {list.map((option) => (
                <Radio
                  key={option.id}
                  name="delivery-option"
                  value={option.id}
                  checked={selected?.id === option.id}
                  onChange={() => setPicked(option.id)}
                  className="checkout-delivery-option"
                  label={
                    <span className="checkout-delivery-option__head">
                      <span>{option.name}</span>
                      {option.free || option.amount.amount === 0 ? <strong className="checkout-free">Free</strong> : <Price amount={option.amount.amount} currency={option.amount.currency} />}
                    </span>
                  }
                  hint={`${deliveryText(option.delivery)} · ${transitText(option.transitDays)}`}
                />
              ))}
            </fieldset>
          ) : (
            <p className="checkout-problem" role="alert">
              We can’t deliver this order to that address. Check the address, or choose another.
            </p>
          )}
        </>
      )}
      <div className="account-form__actions">
        {selected ? <Button type="submit">Continue</Button> : null}
        <Button type="button" variant="ghost" onClick={onChangeAddress}>
          Change the address
        </Button>
      </div>
    </form>
  );
}
