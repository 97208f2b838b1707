import { Button, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { couponErrorMessage } from './cart-error';
import { type CartCouponView } from './cart-types';
import { CouponList } from './coupon-list';
import { useApplyCoupon } from './use-cart';

/** A code box with Apply, the server's reason under it when a code is refused, and the codes the cart holds. */
export function CouponForm({ coupons }: { readonly coupons: readonly CartCouponView[] }) {
  const apply = useApplyCoupon();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const error = missing ? 'Enter a coupon code' : apply.error ? couponErrorMessage(apply.error) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const entered = code.trim();
    setMissing(entered === '');
    if (entered === '' || apply.isPending) return;
    apply.mutate({ code: entered }, { onSuccess: () => setCode('') });
  }

  return (
    <div className="coupons">
      <form className="coupon-form" onSubmit={submit} noValidate>
        <TextField
          label="Coupon code"
          className="coupon-form__field"
          value={code}
          error={error}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          onChange={(event) => {
            setCode(event.currentTarget.value);
            setMissing(false);
            if (apply.isError) apply.reset();
          }}
        />
        <Button type="submit" variant="secondary" className="coupon-form__apply" loading={apply.isPending}>
          Apply
        </Button>
      </form>
      <CouponList coupons={coupons} />
    </div>
  );
}
