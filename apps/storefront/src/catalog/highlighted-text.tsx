import { Fragment, useMemo } from 'react';
import { highlightMatches } from './highlight';

export interface HighlightedTextProps {
  readonly text: string;
  /** The words searched for; their matches are wrapped in <mark>. */
  readonly query?: string;
}

/** Text with the searched words marked. Plain React text nodes, so nothing in a title is ever parsed as HTML. */
export function HighlightedText({ text, query }: HighlightedTextProps) {
  const segments = useMemo(() => highlightMatches(text, query ?? ''), [text, query]);
  return (
    <>
      {segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>))}
    </>
  );
}
