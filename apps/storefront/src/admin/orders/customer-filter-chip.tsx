import { trpc } from '../../trpc';

/** The customer the list is narrowed to, named by their e-mail once known, with a button that widens it again. */
export function CustomerFilterChip({ customerId, onClear }: { readonly customerId: string; readonly onClear: () => void }) {
  const customer = trpc.user.admin.customers.get.useQuery({ userId: customerId }, { staleTime: 60_000, retry: false });
  const name = customer.data?.email ?? (customer.isError ? 'an unknown customer' : 'one customer');
  return (
    <p className="admin-chips" aria-live="polite">
      <span className="admin-chip admin-chip--removable">
        Customer: {name}
        <button type="button" className="admin-chip__remove" aria-label={`Show every customer’s orders, not only ${name}’s`} onClick={onClear}>
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </p>
  );
}
