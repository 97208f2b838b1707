import { Button, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import type { StaffImage, StaffProduct } from '../admin-types';
import { AdminSection } from '../components/admin-page';
import { ProblemAlert, SubmitProblems } from '../components/problems';
import { fieldMessages, fieldProblems } from '../lib/api-problems';
import { moveItem } from '../lib/form-state';
import { useProductEdits } from './use-product-edits';

/** The gallery in order (the first image is the product's picture on cards): alt text, order, add and remove. */
export function ProductImagesSection({ product }: { readonly product: StaffProduct }) {
  const edits = useProductEdits();
  const reorder = trpc.catalog.admin.images.reorder.useMutation({ onSuccess: () => edits.saved('Image order saved.'), onError: edits.failed });
  const remove = trpc.catalog.admin.images.remove.useMutation({ onSuccess: () => edits.saved('Image removed.'), onError: edits.failed });
  const ids = product.images.map((image) => image.id);

  function move(index: number, offset: number) {
    reorder.mutate({ productId: product.id, imageIds: moveItem(ids, index, offset) });
  }

  return (
    <AdminSection title="Images" description={<p>The first image is the one shoppers see on product cards. Describe each image for people who cannot see it.</p>}>
      {product.images.length === 0 ? (
        <p className="admin-muted">No images yet.</p>
      ) : (
        <ol className="admin-images">
          {product.images.map((image, index) => (
            <li key={image.id} className="admin-image">
              <img className="admin-image__thumb" src={image.url} alt="" loading="lazy" />
              <div className="admin-image__body">
                <p className="admin-image__position">
                  Image {index + 1} of {product.images.length}
                  {index === 0 && ' · main image'}
                </p>
                <p className="admin-image__url">{image.url}</p>
                <AltForm key={image.alt} image={image} index={index} />
                <div className="admin-button-row">
                  <Button variant="ghost" size="sm" disabled={index === 0 || reorder.isPending} onClick={() => move(index, -1)} aria-label={`Move image ${index + 1} up`}>
                    Move up
                  </Button>
                  <Button variant="ghost" size="sm" disabled={index === product.images.length - 1 || reorder.isPending} onClick={() => move(index, 1)} aria-label={`Move image ${index + 1} down`}>
                    Move down
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    loading={remove.isPending && remove.variables.id === image.id}
                    onClick={() => {
                      if (window.confirm(`Remove image ${index + 1} from this product?`)) remove.mutate({ id: image.id });
                    }}
                    aria-label={`Remove image ${index + 1}`}
                  >
                    Remove
                  </Button>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      <AddImageForm productId={product.id} />
    </AdminSection>
  );
}

function AltForm({ image, index }: { readonly image: StaffImage; readonly index: number }) {
  const [alt, setAlt] = useState(image.alt);
  const edits = useProductEdits();
  const update = trpc.catalog.admin.images.update.useMutation({ onSuccess: () => edits.saved(`Description of image ${index + 1} saved.`) });
  function save(event: FormEvent) {
    event.preventDefault();
    update.mutate({ id: image.id, alt });
  }
  return (
    <form className="admin-inline-form" onSubmit={save} noValidate>
      <TextField label={`Description (alt text) of image ${index + 1}`} value={alt} onChange={(event) => setAlt(event.target.value)} error={fieldProblems(update.error)[0]?.message} />
      <Button type="submit" variant="secondary" size="sm" loading={update.isPending} disabled={alt === image.alt}>
        Save
      </Button>
      {fieldProblems(update.error).length === 0 && <ProblemAlert error={update.error} />}
    </form>
  );
}

function AddImageForm({ productId }: { readonly productId: string }) {
  const [url, setUrl] = useState('');
  const [alt, setAlt] = useState('');
  const edits = useProductEdits();
  const add = trpc.catalog.admin.images.add.useMutation({
    onSuccess: async () => {
      await edits.saved('Image added.');
      setUrl('');
      setAlt('');
    },
  });
  const problems = fieldMessages(fieldProblems(add.error), (path) => (path === 'url' || path === 'alt' ? path : null));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (url.trim()) add.mutate({ productId, url: url.trim(), alt: alt.trim() });
  }

  return (
    <form className="admin-form admin-add-form" onSubmit={submit} noValidate aria-label="Add an image">
      <h3 className="admin-add-form__title">Add an image</h3>
      <div className="admin-form__row">
        <TextField label="Image URL" placeholder="/media/… or https://…" value={url} onChange={(event) => setUrl(event.target.value)} error={problems.byField['url']} hint="A path on this site or an https address." />
        <TextField label="Description (alt text)" value={alt} onChange={(event) => setAlt(event.target.value)} error={problems.byField['alt']} />
      </div>
      <SubmitProblems error={add.error} unclaimed={problems.unclaimed} />
      <Button type="submit" variant="secondary" loading={add.isPending} disabled={!url.trim()}>
        Add image
      </Button>
    </form>
  );
}
