import { Button, TextField, VisuallyHidden } from '@emporium/ui';
import { type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { searchPath } from '../lib/paths';

/** The header search box. A real GET form to /search, so it works before the script has loaded too. */
export function SearchForm() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const current = pathname === '/search' ? (searchParams.get('q') ?? '') : '';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = new FormData(event.currentTarget).get('q');
    void navigate(searchPath(typeof query === 'string' ? query : ''));
  }

  return (
    <form className="search-form" role="search" action="/search" method="get" onSubmit={submit}>
      <TextField
        // Re-mounts when the URL's query changes, so the box always shows what was searched for.
        key={current}
        className="search-form__field"
        label="Search products"
        hideLabel
        type="search"
        name="q"
        defaultValue={current}
        placeholder="Search products"
        enterKeyHint="search"
        autoComplete="off"
      />
      <Button type="submit" variant="secondary" className="search-form__submit">
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <VisuallyHidden>Search</VisuallyHidden>
      </Button>
    </form>
  );
}
