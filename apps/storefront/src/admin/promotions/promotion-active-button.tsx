import { Button } from '@emporium/ui';
import { trpc } from '../../trpc';
import type { StaffPromotion } from './promotion-types';
import { usePromotionEdits } from './use-promotion-edits';

/** Switches a stored promotion on or off at once, whatever its dates; its codes stop working while it is off. */
export function PromotionActiveButton({ promotion }: { readonly promotion: StaffPromotion }) {
  const edits = usePromotionEdits();
  const setActive = trpc.cart.admin.promotions.setActive.useMutation({
    onSuccess: (saved) => edits.saved(`Promotion “${saved.name}” ${saved.active ? 'activated' : 'deactivated'}.`),
    onError: edits.failed,
  });
  return (
    <Button variant={promotion.active ? 'secondary' : 'primary'} loading={setActive.isPending} onClick={() => setActive.mutate({ id: promotion.id, active: !promotion.active })}>
      {promotion.active ? 'Deactivate' : 'Activate'}
    </Button>
  );
}
