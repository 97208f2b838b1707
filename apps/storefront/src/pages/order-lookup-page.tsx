import '../tracking/tracking.css';
import { Button, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { shouldRetry } from '../lib/api-error';
import { useDocumentTitle } from '../lib/use-document-title';
import { OrderDetail } from '../orders/order-detail';
import { checkOrderLookupForm, type OrderLookupFieldErrors, type OrderLookupForm, orderLookupProblem, orderLookupQuery } from '../orders/order-lookup';
import { useLookupOrderActions } from '../orders/use-order-actions';
import { trpc } from '../trpc';

/**
 * `/orders/lookup`: where the order e-mails send a guest. The order number and the e-mail address it was placed with
 * open the order, and are then what cancels it or asks for a return. Nothing goes in the address bar (an e-mail
 * address does not belong in a URL); a lookup that finds nothing is never asked again on its own, as each miss counts
 * against the shop's limit on guessing.
 */
export function OrderLookupPage() {
  const [number, setNumber] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<OrderLookupFieldErrors>({});
  const [submitted, setSubmitted] = useState<OrderLookupForm | null>(null);

  const lookup = trpc.order.guest.lookup.useQuery(submitted ?? { number: '', email: '' }, {
    enabled: submitted !== null,
    retry: shouldRetry,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    staleTime: Infinity,
  });
  const actions = useLookupOrderActions(submitted ?? { number: '', email: '' });
  const order = submitted && lookup.data ? lookup.data.order : null;
  useDocumentTitle(order ? `Order ${order.number}` : 'Find your order');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = checkOrderLookupForm({ number, email });
    setErrors(problems);
    if (problems.number || problems.email) {
      // Focus the first field to fix, as a screen reader then reads its message.
      event.currentTarget.querySelector<HTMLInputElement>(problems.number ? 'input[name="number"]' : 'input[name="email"]')?.focus();
      return;
    }
    const query = orderLookupQuery({ number, email });
    if (submitted && submitted.number === query.number && submitted.email === query.email) void lookup.refetch();
    else setSubmitted(query);
  };

  if (order) {
    const back = (
      <Button
        variant="secondary"
        onClick={() => {
          setSubmitted(null);
          setNumber('');
          setEmail('');
        }}
      >
        Look up another order
      </Button>
    );
    return (
      <section className="page-section guest-order-page">
        <OrderDetail order={order} actions={actions} back={back} />
      </section>
    );
  }

  const showAnswer = !errors.number && !errors.email && submitted !== null;
  return (
    <section className="page-section track-page order-lookup-page" aria-labelledby="order-lookup-heading">
      <h1 id="order-lookup-heading">Find your order</h1>
      <p className="track-page__intro">Enter the order number from your order e-mail and the e-mail address you ordered with.</p>
      <form className="track-form" onSubmit={submit} noValidate aria-label="Find your order">
        <TextField
          label="Order number"
          name="number"
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          value={number}
          error={errors.number}
          required
          onChange={(event) => {
            setNumber(event.target.value);
            if (errors.number) setErrors({ ...errors, number: undefined });
          }}
        />
        <TextField
          label="E-mail address"
          name="email"
          type="email"
          maxLength={320}
          autoComplete="email"
          value={email}
          error={errors.email}
          required
          onChange={(event) => {
            setEmail(event.target.value);
            if (errors.email) setErrors({ ...errors, email: undefined });
          }}
        />
        <div className="track-form__actions">
          <Button type="submit" loading={lookup.isFetching && submitted !== null}>
            Find order
          </Button>
        </div>
      </form>

      <div className="track-page__live" role="status" aria-live="polite">
        {showAnswer && lookup.isPending && <p className="track-page__loading">Looking up your order…</p>}
      </div>
      <div role="alert">{showAnswer && lookup.isError && !lookup.isFetching && <p className="track-page__problem">{orderLookupProblem(lookup.error)}</p>}</div>
      <p className="track-page__intro">
        Ordered with an account?{' '}
        <Link to="/account/sign-in">Sign in</Link>{' '}
        to see all your orders.
      </p>
    </section>
  );
}
