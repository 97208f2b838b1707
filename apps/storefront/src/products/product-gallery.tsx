import { useState } from 'react';
import { ProductImage } from './product-image';
import type { ProductDetail } from './product-types';

export interface ProductGalleryProps {
  readonly title: string;
  readonly images: ProductDetail['images'];
}

/** The product's images: one large, and thumbnails that switch it when there are several. */
export function ProductGallery({ title, images }: ProductGalleryProps) {
  const [shown, setShown] = useState(0);
  const main = images[shown] ?? images[0] ?? null;
  return (
    <div className="gallery">
      <ProductImage product={{ title, image: main }} priority className="product-detail__media" />
      {images.length > 1 && (
        <ul className="gallery__thumbs" aria-label="Product images">
          {images.map((image, index) => (
            <li key={`${image.url}-${index}`}>
              <button
                type="button"
                className="gallery__thumb"
                aria-pressed={index === shown}
                aria-label={`Show image ${index + 1} of ${images.length}${image.alt ? `: ${image.alt}` : ''}`}
                onClick={() => setShown(index)}
              >
                <img src={image.url} alt="" width={80} height={80} loading="lazy" decoding="async" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
