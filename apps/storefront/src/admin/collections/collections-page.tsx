import { Button, EmptyState, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { trpc } from '../../trpc';
import { AdminPage } from '../components/admin-page';
import { ListTable, RowHeader } from '../components/list-table';
import { Loaded } from '../components/loaded';
import { SubmitProblems } from '../components/problems';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { TextAreaField } from '../components/text-area-field';
import { fieldMessages, fieldProblems } from '../lib/api-problems';
import { adminPaths } from '../lib/admin-paths';
import { useFeedback } from '../lib/use-feedback';
import { suggestedSlug } from '../products/product-form';

/** Hand-picked groups of products ("Summer essentials"), in display order. */
export function CollectionsPage() {
  const list = trpc.catalog.admin.collections.list.useQuery(undefined, { staleTime: 0 });
  const [creating, setCreating] = useState(false);
  return (
    <AdminPage title="Collections" actions={!creating && <Button onClick={() => setCreating(true)}>New collection</Button>}>
      {creating && <CreateCollectionForm onCancel={() => setCreating(false)} />}
      <Loaded query={list} lines={5}>
        {(collections) =>
          collections.length === 0 ? (
            <EmptyState title="No collections yet">
              <p>Collections group products across categories, for the home page or a campaign.</p>
            </EmptyState>
          ) : (
            <ListTable caption="Collections in display order" columns={['Collection', { label: 'Products', numeric: true }, { label: 'Position', numeric: true }]}>
              {collections.map((collection) => (
                <tr key={collection.id}>
                  <RowHeader to={adminPaths.collection(collection.id)} title={collection.title} detail={collection.slug} />
                  <td className="admin-table__number">{collection.productCount}</td>
                  <td className="admin-table__number">{collection.position}</td>
                </tr>
              ))}
            </ListTable>
          )
        }
      </Loaded>
    </AdminPage>
  );
}

function CreateCollectionForm({ onCancel }: { readonly onCancel: () => void }) {
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  const create = trpc.catalog.admin.collections.create.useMutation({
    onSuccess: async ({ id }) => {
      await utils.catalog.invalidate();
      feedback.saved(`Collection ${title.trim()} created. Add its products next.`);
      await navigate(adminPaths.collection(id));
    },
  });
  const shownSlug = slug ?? suggestedSlug(title);
  const problems = fieldMessages(fieldProblems(create.error), (path) => (['title', 'slug', 'description'].includes(path) ? path : null));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() && shownSlug) create.mutate({ title: title.trim(), slug: shownSlug.trim(), description });
  }

  return (
    <form className="admin-form admin-add-form" onSubmit={submit} noValidate aria-label="New collection">
      <h2 className="admin-add-form__title">New collection</h2>
      <div className="admin-form__row">
        <TextField label="Title" required value={title} onChange={(event) => setTitle(event.target.value)} error={problems.byField['title']} />
        <TextField label="Slug" required value={shownSlug} onChange={(event) => setSlug(event.target.value)} error={problems.byField['slug']} />
      </div>
      <TextAreaField label="Description" rows={3} value={description} onChange={(event) => setDescription(event.target.value)} error={problems.byField['description']} />
      <SubmitProblems error={create.error} unclaimed={problems.unclaimed} />
      <SubmitOrCancel label="Create collection" loading={create.isPending} disabled={!title.trim()} onCancel={onCancel} />
    </form>
  );
}
