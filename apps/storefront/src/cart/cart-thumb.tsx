import { cx } from '@emporium/ui';
import { type CartLineView } from './cart-types';

/** A line's small square picture, or its first letter on a tile; decorative, since the title beside it names it. */
export function CartThumb({ line, className }: { readonly line: Pick<CartLineView, 'title' | 'image'>; readonly className?: string }) {
  if (!line.image) {
    return (
      <span className={cx('cart-thumb', 'cart-thumb--missing', className)} aria-hidden="true">
        {line.title.charAt(0)}
      </span>
    );
  }
  return <img className={cx('cart-thumb', className)} src={line.image.url} alt="" width={160} height={160} loading="lazy" decoding="async" />;
}
