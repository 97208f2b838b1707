import { useToast } from '@emporium/ui';
import { couponErrorMessage } from './cart-error';
import { type CartCouponView } from './cart-types';
import { money } from './money';
import { useRemoveCoupon } from './use-cart';

/**
 * The codes on the cart as removable chips: an applied one with what it takes off, one that no longer applies (the
 * cart changed under it) greyed, with the reason beside it.
 */
export function CouponList({ coupons }: { readonly coupons: readonly CartCouponView[] }) {
  if (coupons.length === 0) return null;
  return (
    <ul className="coupon-list" aria-label="Coupon codes on your cart">
      {coupons.map((coupon) => (
        <CouponChip key={coupon.code} coupon={coupon} />
      ))}
    </ul>
  );
}

function CouponChip({ coupon }: { readonly coupon: CartCouponView }) {
  const remove = useRemoveCoupon();
  const toast = useToast();
  return (
    <li className={coupon.applied ? 'coupon-chip' : 'coupon-chip coupon-chip--idle'}>
      <span className="coupon-chip__body">
        <span className="coupon-chip__code">{coupon.code}</span>
        {coupon.applied ? (
          coupon.amount.amount > 0 && <span className="coupon-chip__amount">{money({ ...coupon.amount, amount: -coupon.amount.amount })}</span>
        ) : (
          <span className="coupon-chip__status">Not applied</span>
        )}
        <button
          type="button"
          className="coupon-chip__remove"
          aria-label={`Remove coupon ${coupon.code}`}
          aria-disabled={remove.isPending || undefined}
          onClick={() => {
            if (remove.isPending) return;
            remove.mutate({ code: coupon.code }, { onError: (error) => toast.show(couponErrorMessage(error), { tone: 'error' }) });
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      </span>
      {!coupon.applied && coupon.message && <span className="coupon-chip__message">{coupon.message}</span>}
    </li>
  );
}
