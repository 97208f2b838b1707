export interface CorrectionNoticeProps {
  /** The words the results are for. */
  readonly corrected: string;
  /** What the shopper typed, which matched nothing. */
  readonly typed: string;
}

/** "Did you mean", answered: the search ran again with the spelling fixed, and says so. */
export function CorrectionNotice({ corrected, typed }: CorrectionNoticeProps) {
  return (
    <p className="correction-notice" role="status">
      Showing results for <strong>“{corrected}”</strong> — no matches for “{typed}”
    </p>
  );
}
