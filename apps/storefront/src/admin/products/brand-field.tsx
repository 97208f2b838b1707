import { TextField } from '@emporium/ui';
import { useId } from 'react';
import { trpc } from '../../trpc';

/** The brand by slug, with the shop's brands offered as suggestions (a free-text input stays usable while they load). */
export function BrandField({ value, onChange, error }: { readonly value: string; readonly onChange: (slug: string) => void; readonly error?: string }) {
  const listId = useId();
  const brands = trpc.catalog.admin.brands.list.useQuery(undefined, { staleTime: 60_000 });
  return (
    <>
      <TextField
        label="Brand"
        value={value}
        list={listId}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        error={error}
        hint="Pick one of the shop's brands (by slug); leave empty for none."
      />
      <datalist id={listId}>
        {brands.data?.map((brand) => (
          <option key={brand.id} value={brand.slug}>
            {brand.name}
          </option>
        ))}
      </datalist>
    </>
  );
}
