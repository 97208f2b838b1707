import { Badge, type BadgeTone } from '@emporium/ui';
import type { ProductStatus } from '../admin-types';
import { statusLabel } from '../products/product-form';

const TONES: Readonly<Record<ProductStatus, BadgeTone>> = { active: 'success', draft: 'accent', archived: 'neutral' };

export function StatusBadge({ status }: { readonly status: ProductStatus }) {
  return <Badge tone={TONES[status]}>{statusLabel(status)}</Badge>;
}
