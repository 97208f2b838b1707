import { Button, TextField, VisuallyHidden } from '@emporium/ui';
import { type FocusEvent, type FormEvent, type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { countLabel } from '../lib/count-label';
import { searchPath } from '../lib/paths';
import { SuggestionList } from '../search/suggestion-list';
import { movedIndex, type SuggestionOption } from '../search/suggestion-options';
import { useSuggestions } from '../search/use-suggestions';

/**
 * The header search box with suggestions as you type (the ARIA combobox pattern): arrows move through them,
 * Enter opens the chosen one or, with none chosen, searches; Escape closes the list. A real GET form to /search,
 * so it works before the script has loaded too.
 */
export function SearchForm() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const current = pathname === '/search' ? (searchParams.get('q') ?? '') : '';

  const [text, setText] = useState(current);
  const [searched, setSearched] = useState(current);
  // The box shows what was searched for whenever the URL changes (Back, a link), and keeps focus while it does.
  if (current !== searched) {
    setSearched(current);
    setText(current);
  }
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const { options, query } = useSuggestions(text);
  const expanded = open && options.length > 0;
  const active = expanded ? options[activeIndex] : undefined;

  const listboxId = useId();
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(`${listboxId}-option-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, listboxId]);

  function close() {
    setOpen(false);
    setActiveIndex(-1);
  }

  function choose(option: SuggestionOption) {
    close();
    void navigate(option.href);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    close();
    void navigate(searchPath(text));
  }

  function move(event: KeyboardEvent<HTMLInputElement>, step: 1 | -1) {
    event.preventDefault();
    setOpen(true);
    setActiveIndex(expanded ? movedIndex(activeIndex, options.length, step) : movedIndex(-1, options.length, step));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') move(event, 1);
    else if (event.key === 'ArrowUp') move(event, -1);
    else if (event.key === 'Enter' && active) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && expanded) {
      // Only closes the list; a second Escape clears the box, as a search box does.
      event.preventDefault();
      close();
    }
  }

  function onBlur(event: FocusEvent<HTMLFormElement>) {
    if (!event.currentTarget.contains(event.relatedTarget)) close();
  }

  return (
    <form className="search-form" role="search" action="/search" method="get" onSubmit={submit} onBlur={onBlur}>
      <div className="search-form__combo">
        <TextField
          className="search-form__field"
          label="Search products"
          hideLabel
          type="search"
          name="q"
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setOpen(true);
            setActiveIndex(-1);
          }}
          onKeyDown={onKeyDown}
          placeholder="Search products"
          enterKeyHint="search"
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={active ? optionId(activeIndex) : undefined}
        />
        <SuggestionList
          id={listboxId}
          options={options}
          activeIndex={activeIndex}
          expanded={expanded}
          query={query}
          optionId={optionId}
          onChoose={choose}
          onHover={setActiveIndex}
        />
        <VisuallyHidden role="status">{expanded ? `${countLabel(options.length, 'suggestion', 'suggestions')}. Use the arrow keys to choose.` : ''}</VisuallyHidden>
      </div>
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
