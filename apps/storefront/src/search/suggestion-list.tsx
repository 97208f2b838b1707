import { Price } from '@emporium/ui';
import { HighlightedText } from '../catalog/highlighted-text';
import { type SuggestionOption } from './suggestion-options';

export interface SuggestionListProps {
  readonly id: string;
  readonly options: readonly SuggestionOption[];
  readonly activeIndex: number;
  readonly expanded: boolean;
  /** The words typed, marked in the suggestions. */
  readonly query: string;
  readonly optionId: (index: number) => string;
  readonly onChoose: (option: SuggestionOption) => void;
  readonly onHover: (index: number) => void;
}

/**
 * The listbox under the search box (ARIA combobox pattern). Focus never leaves the box: the active option is
 * pointed at with aria-activedescendant, so typing can continue at any time.
 */
export function SuggestionList({ id, options, activeIndex, expanded, query, optionId, onChoose, onHover }: SuggestionListProps) {
  const groups = [
    { label: 'Categories', kind: 'category' as const },
    { label: 'Products', kind: 'product' as const },
  ];
  return (
    // Always in the page, so aria-controls on the box points at something; hidden while collapsed.
    <div role="listbox" id={id} aria-label="Search suggestions" className="suggestions" hidden={!expanded}>
      {/* Collapsed, it holds nothing: stale suggestions must not linger in the page, even hidden. */}
      {expanded &&
        groups.map((group) => {
        const members = options.map((option, index) => ({ option, index })).filter(({ option }) => option.kind === group.kind);
        if (members.length === 0) return null;
        return (
          <div role="group" aria-label={group.label} key={group.kind} className="suggestions__group">
            <div aria-hidden="true" className="suggestions__heading">
              {group.label}
            </div>
            {members.map(({ option, index }) => (
              <div
                key={option.key}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className="suggestions__option"
                // Keeps focus in the box, so the click lands and the list does not close first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onChoose(option)}
                onMouseMove={() => index !== activeIndex && onHover(index)}
              >
                {option.kind === 'product' ? (
                  <>
                    {option.product.image ? (
                      <img className="suggestions__thumb" src={option.product.image.url} alt="" width={40} height={40} />
                    ) : (
                      <span className="suggestions__thumb" aria-hidden="true" />
                    )}
                    <span className="suggestions__label">
                      <HighlightedText text={option.label} query={query} />
                    </span>
                    <Price amount={option.product.price.amount} currency={option.product.price.currency} size="sm" />
                  </>
                ) : (
                  <span className="suggestions__label">
                    <HighlightedText text={option.label} query={query} />
                  </span>
                )}
              </div>
            ))}
          </div>
        );
        })}
    </div>
  );
}
