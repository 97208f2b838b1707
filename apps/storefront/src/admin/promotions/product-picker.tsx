import { Button, TextField } from '@emporium/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../trpc';
import { ProblemAlert } from '../components/problems';
import { RemovableChips } from './removable-chips';
import { useDebouncedValue } from './use-debounced-value';

const RESULTS = 8;

export interface ProductPickerProps {
  readonly chosen: readonly string[];
  readonly onChange: (ids: readonly string[]) => void;
  readonly error?: string;
}

/** Products the promotion is limited to, found with the admin's product search and kept as removable chips. */
export function ProductPicker({ chosen, onChange, error }: ProductPickerProps) {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 300);
  // Titles of products added from the results, so their chips read at once.
  const [known, setKnown] = useState<ReadonlyMap<string, string>>(new Map());
  const results = trpc.catalog.admin.products.list.useQuery({ q: search, page: 1, pageSize: RESULTS }, { enabled: search !== '', placeholderData: keepPreviousData });
  // Titles of the chosen products not added here (a stored promotion's), in one lookup.
  const unknown = chosen.filter((id) => !known.has(id));
  const lookup = trpc.catalog.admin.products.titles.useQuery({ ids: unknown }, { enabled: unknown.length > 0, staleTime: 60_000, placeholderData: keepPreviousData });
  const titles = new Map(known);
  for (const product of lookup.data ?? []) titles.set(product.id, product.title);
  const chosenSet = new Set(chosen);

  function add(id: string, title: string) {
    setKnown((current) => new Map(current).set(id, title));
    if (!chosenSet.has(id)) onChange([...chosen, id]);
  }

  return (
    <fieldset className="admin-fieldset">
      <legend>Products</legend>
      {chosen.length > 0 ? (
        <RemovableChips label="Chosen products" chips={chosen.map((id) => ({ id, label: titles.get(id) ?? `Product ${id.slice(0, 8)}` }))} onRemove={(id) => onChange(chosen.filter((other) => other !== id))} />
      ) : (
        <p className="admin-muted">No product chosen.</p>
      )}
      <TextField label="Find products" type="search" placeholder="Title or slug" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" />
      {search !== '' && (
        <div aria-live="polite" aria-busy={results.isFetching}>
          {results.isError && <ProblemAlert error={results.error} />}
          {results.data && results.data.items.length === 0 && <p className="admin-muted">No product matches “{search}”.</p>}
          {results.data && results.data.items.length > 0 && (
            <ul className="admin-plain-list admin-search-results" aria-label="Matching products">
              {results.data.items.map((product) => (
                <li key={product.id} className="admin-picker-result">
                  <span>
                    {product.title} <span className="admin-muted">{product.slug}</span>
                  </span>
                  <Button variant="secondary" size="sm" disabled={chosenSet.has(product.id)} onClick={() => add(product.id, product.title)}>
                    {chosenSet.has(product.id) ? 'Added' : 'Add'}
                    <span className="ui-visually-hidden"> {product.title}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {error && <p className="ui-field__error">{error}</p>}
    </fieldset>
  );
}
