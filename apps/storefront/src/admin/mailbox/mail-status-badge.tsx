import { Badge, type BadgeTone } from '@emporium/ui';
import type { MailSummary } from '../admin-types';

const STATUS: Readonly<Record<MailSummary['status'], { label: string; tone: BadgeTone }>> = {
  queued: { label: 'Queued', tone: 'neutral' },
  sent: { label: 'Sent', tone: 'success' },
  kept: { label: 'Kept (not sent)', tone: 'accent' },
  failed: { label: 'Failed', tone: 'danger' },
};

export function MailStatusBadge({ status }: { readonly status: MailSummary['status'] }) {
  const { label, tone } = STATUS[status] ?? { label: status, tone: 'neutral' };
  return <Badge tone={tone}>{label}</Badge>;
}
