import type { PromotionDraft } from './promotion-draft';

/** What each part of the promotion editor gets: the draft, a way to change one field, and the messages by field. */
export interface DraftFieldsProps {
  readonly draft: PromotionDraft;
  readonly set: <K extends keyof PromotionDraft>(field: K, value: PromotionDraft[K]) => void;
  readonly problems: Readonly<Record<string, string>>;
}
