import type { BadgeTone } from '@emporium/ui';
import { formatDateTime } from '../lib/dates';

/** How the promotion pages word things: statuses, triggers, uses, schedules. */

export type PromotionStatus = 'active' | 'scheduled' | 'expired' | 'inactive';
export type PromotionStatusFilter = 'all' | PromotionStatus;

const STATUSES: Readonly<Record<PromotionStatus, { readonly label: string; readonly tone: BadgeTone }>> = {
  active: { label: 'Active', tone: 'success' },
  scheduled: { label: 'Scheduled', tone: 'accent' },
  expired: { label: 'Expired', tone: 'neutral' },
  inactive: { label: 'Inactive', tone: 'danger' },
};

export function promotionStatusLabel(status: PromotionStatus): string {
  return STATUSES[status]?.label ?? status;
}

export function promotionStatusTone(status: PromotionStatus): BadgeTone {
  return STATUSES[status]?.tone ?? 'neutral';
}

export const STATUS_FILTERS: ReadonlyArray<{ readonly value: PromotionStatusFilter; readonly label: string }> = [
  { value: 'all', label: 'All promotions' },
  { value: 'active', label: 'Active' },
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'expired', label: 'Expired' },
  { value: 'inactive', label: 'Inactive' },
];

/** The filter a `?status=` value names; anything else is "all". */
export function readStatusFilter(value: string | null): PromotionStatusFilter {
  return STATUS_FILTERS.find((option) => option.value === value)?.value ?? 'all';
}

export function triggerLabel(trigger: 'code' | 'automatic'): string {
  return trigger === 'code' ? 'Coupon code' : 'Automatic';
}

/** "12 / 100" against a limit; "12" when there is none. */
export function usesLabel(used: number, limit: number | null): string {
  return limit === null ? String(used) : `${used} / ${limit}`;
}

/** "From 1 Mar 2026, 09:30 until 1 Apr 2026, 00:00", "Until …", "From …", or "Always" without dates. */
export function scheduleLabel(startsAt: string | null, endsAt: string | null, format: (value: string) => string = formatDateTime): string {
  if (startsAt && endsAt) return `${format(startsAt)} – ${format(endsAt)}`;
  if (startsAt) return `From ${format(startsAt)}`;
  if (endsAt) return `Until ${format(endsAt)}`;
  return 'No end date';
}
