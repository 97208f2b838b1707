import { Button, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { trpc } from '../../trpc';
import { AdminPage } from '../components/admin-page';
import { SubmitProblems } from '../components/problems';
import { TextAreaField } from '../components/text-area-field';
import { fieldMessages, fieldProblems } from '../lib/api-problems';
import { adminPaths } from '../lib/admin-paths';
import { blankToNull } from '../lib/form-state';
import { parseAmount } from '../lib/money-input';
import { useFeedback } from '../lib/use-feedback';
import { suggestedSlug } from './product-form';
import { BrandField } from './brand-field';

/** Server paths of `products.create` as this form's fields. */
function newProductField(path: string): string | null {
  if (['title', 'slug', 'description', 'brand'].includes(path)) return path;
  if (path === 'variants.0.sku' || path === 'variants') return 'sku';
  if (path.startsWith('variants.0.prices')) return 'price';
  return null;
}

/**
 * A new product starts as a draft with one variant; options, more variants, images and categories are added in
 * the editor it opens next.
 */
export function NewProductPage() {
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [description, setDescription] = useState('');
  const [brand, setBrand] = useState('');
  const [sku, setSku] = useState('');
  const [price, setPrice] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const create = trpc.catalog.admin.products.create.useMutation({
    onSuccess: async ({ id }) => {
      await utils.catalog.admin.products.list.invalidate();
      feedback.saved(`${title.trim()} created as a draft.`);
      await navigate(adminPaths.product(id));
    },
  });
  const server = fieldMessages(fieldProblems(create.error), newProductField);
  const errors = { ...server.byField, ...local };
  const shownSlug = slugEdited ? slug : suggestedSlug(title);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!title.trim()) problems['title'] = 'Enter a title';
    if (!shownSlug.trim()) problems['slug'] = 'Enter a slug';
    if (!sku.trim()) problems['sku'] = 'Enter a SKU for the first variant';
    const amount = price.trim() ? parseAmount(price, 'USD') : null;
    if (amount && !amount.ok) problems['price'] = amount.message;
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate({
      title: title.trim(),
      slug: shownSlug.trim(),
      description,
      brand: blankToNull(brand),
      status: 'draft',
      variants: [{ sku: sku.trim(), prices: amount?.ok ? [{ currency: 'USD', amount: amount.amount, compareAtAmount: null }] : [] }],
    });
  }

  return (
    <AdminPage title="New product" back={{ to: adminPaths.products, label: 'Products' }}>
      <form className="admin-form admin-form--narrow" onSubmit={submit} noValidate>
        <TextField label="Title" required value={title} onChange={(event) => setTitle(event.target.value)} error={errors['title']} />
        <TextField
          label="Slug"
          required
          value={shownSlug}
          onChange={(event) => {
            setSlugEdited(true);
            setSlug(event.target.value);
          }}
          error={errors['slug']}
          hint="Made from the title until you change it: the product’s address in the shop."
        />
        <TextAreaField label="Description" value={description} onChange={(event) => setDescription(event.target.value)} error={errors['description']} />
        <BrandField value={brand} onChange={setBrand} error={errors['brand']} />
        <fieldset className="admin-fieldset">
          <legend>First variant</legend>
          <div className="admin-form__row">
            <TextField label="SKU" required value={sku} onChange={(event) => setSku(event.target.value)} error={errors['sku']} autoComplete="off" />
            <TextField label="Price (USD)" inputMode="decimal" value={price} onChange={(event) => setPrice(event.target.value)} error={errors['price']} hint="Optional for a draft." />
          </div>
        </fieldset>
        <SubmitProblems error={create.error} unclaimed={server.unclaimed} />
        <div className="admin-button-row">
          <Button type="submit" loading={create.isPending}>
            Create draft
          </Button>
        </div>
      </form>
    </AdminPage>
  );
}
