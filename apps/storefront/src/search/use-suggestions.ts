import { keepPreviousData } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useShopCurrency } from '../lib/shop-currency-context';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { trpc } from '../trpc';
import { type SuggestionOption, suggestionOptions } from './suggestion-options';

/** A pause this short still feels instant, and saves a request for most keystrokes of a fast typist. */
const DEBOUNCE_MS = 120;
/** One letter matches half the catalogue: suggestions start at two. */
const MIN_CHARACTERS = 2;

const longEnough = (text: string) => Array.from(text).length >= MIN_CHARACTERS;

/** Suggestions for what is in the search box, asked for once the typist pauses; none for fewer than two characters. */
export function useSuggestions(text: string): { readonly options: SuggestionOption[]; readonly query: string } {
  const typed = text.trim();
  const settled = useDebouncedValue(typed, DEBOUNCE_MS);
  const { currency } = useShopCurrency();
  const suggestions = trpc.catalog.products.autocomplete.useQuery(
    { q: settled, currency },
    // Keep the last list on screen while the next one loads, so it does not flicker with every key.
    { enabled: longEnough(settled), placeholderData: keepPreviousData },
  );
  const data = longEnough(typed) ? suggestions.data : undefined;
  const options = useMemo(() => (data ? suggestionOptions(data) : []), [data]);
  return { options, query: settled };
}
