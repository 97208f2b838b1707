import type { ReactNode } from 'react';

/**
 * The search box and filters above a list, as a search landmark. They apply as they change (the URL follows), so
 * the form has no submit button and Enter does nothing more.
 */
export function ListFilters({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <form className="admin-toolbar" role="search" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      {children}
    </form>
  );
}
