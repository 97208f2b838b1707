import { Spinner } from '@emporium/ui';

/** A page-sized wait, announced once to screen readers. */
export function PageSpinner({ label }: { readonly label: string }) {
  return (
    <div className="account-loading">
      <Spinner size="lg" label={label} />
    </div>
  );
}
