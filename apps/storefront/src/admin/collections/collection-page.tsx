import { Button, EmptyState, SkeletonText, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isNotFound } from '../../lib/api-error';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { trpc } from '../../trpc';
import type { StaffCollectionDetail } from '../admin-types';
import { AdminPage, AdminSection } from '../components/admin-page';
import { LoadError, SubmitProblems } from '../components/problems';
import { StatusBadge } from '../components/status-badge';
import { TextAreaField } from '../components/text-area-field';
import { fieldMessages, fieldProblems } from '../lib/api-problems';
import { adminPaths } from '../lib/admin-paths';
import { changedFields, hasChanges, moveItem } from '../lib/form-state';
import { useFeedback } from '../lib/use-feedback';

const back = { to: adminPaths.collections, label: 'Collections' };

export function CollectionPage() {
  const { id = '' } = useParams();
  const collection = trpc.catalog.admin.collections.get.useQuery({ id }, { staleTime: 0 });
  if (collection.isPending) {
    return (
      <AdminPage title="Collection" back={back}>
        <SkeletonText lines={6} />
      </AdminPage>
    );
  }
  if (collection.isError) {
    const missing = isNotFound(collection.error) || collection.error.data?.code === 'BAD_REQUEST';
    return (
      <AdminPage title={missing ? 'Collection not found' : 'Collection unavailable'} back={back}>
        {missing ? (
          <EmptyState title="There is no collection with this id" action={<Link to={adminPaths.collections}>Back to collections</Link>} />
        ) : (
          <LoadError error={collection.error} onRetry={() => void collection.refetch()} retrying={collection.isFetching} />
        )}
      </AdminPage>
    );
  }
  const data = collection.data;
  return (
    <AdminPage title={data.title} documentTitle={`Collection ${data.title}`} back={back}>
      <div className="admin-editor">
        <div className="admin-editor__main">
          <CollectionProducts key={data.products.map((product) => product.id).join()} collection={data} />
        </div>
        <div className="admin-editor__side">
          <CollectionDetails key={JSON.stringify([data.title, data.slug, data.description, data.position])} collection={data} />
        </div>
      </div>
    </AdminPage>
  );
}

function useCollectionEdits() {
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  return {
    saved: async (message: string) => {
      await utils.catalog.invalidate();
      feedback.saved(message);
    },
    failed: feedback.failed,
  };
}

function CollectionDetails({ collection }: { readonly collection: StaffCollectionDetail }) {
  const initial = { title: collection.title, slug: collection.slug, description: collection.description, position: String(collection.position) };
  const [draft, setDraft] = useState(initial);
  const edits = useCollectionEdits();
  const navigate = useNavigate();
  const update = trpc.catalog.admin.collections.update.useMutation({ onSuccess: () => edits.saved('Collection saved.') });
  const remove = trpc.catalog.admin.collections.delete.useMutation({
    onSuccess: async () => {
      await edits.saved(`Collection ${collection.title} deleted; its products stay in the catalog.`);
      await navigate(adminPaths.collections);
    },
    onError: edits.failed,
  });
  const changes = changedFields(initial, draft);
  const problems = fieldMessages(fieldProblems(update.error), (path) => (['title', 'slug', 'description', 'position'].includes(path) ? path : null));
  const positionValid = /^\d+$/.test(draft.position.trim());
  const set = (field: keyof typeof initial, value: string) => setDraft((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!hasChanges(changes) || !positionValid) return;
    update.mutate({
      id: collection.id,
      ...(changes.title !== undefined ? { title: changes.title.trim() } : {}),
      ...(changes.slug !== undefined ? { slug: changes.slug.trim() } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.position !== undefined ? { position: Number(changes.position) } : {}),
    });
  }

  return (
    <AdminSection title="Details">
      <form className="admin-form" onSubmit={submit} noValidate>
        <TextField label="Title" value={draft.title} onChange={(event) => set('title', event.target.value)} error={problems.byField['title']} />
        <TextField label="Slug" value={draft.slug} onChange={(event) => set('slug', event.target.value)} error={problems.byField['slug']} />
        <TextField label="Position" inputMode="numeric" value={draft.position} onChange={(event) => set('position', event.target.value)} error={positionValid ? problems.byField['position'] : 'A whole number'} hint="Order among collections, smallest first." />
        <TextAreaField label="Description" rows={4} value={draft.description} onChange={(event) => set('description', event.target.value)} error={problems.byField['description']} />
        <SubmitProblems error={update.error} unclaimed={problems.unclaimed} />
        <div className="admin-button-row">
          <Button type="submit" loading={update.isPending} disabled={!hasChanges(changes)}>
            Save collection
          </Button>
          <Button
            variant="ghost"
            loading={remove.isPending}
            onClick={() => {
              if (window.confirm(`Delete the collection “${collection.title}”? Its products stay in the catalog.`)) remove.mutate({ id: collection.id });
            }}
          >
            Delete collection
          </Button>
        </div>
      </form>
    </AdminSection>
  );
}

type Member = StaffCollectionDetail['products'][number];

/** The collection's products in order: add by search, reorder, remove; saved together. */
function CollectionProducts({ collection }: { readonly collection: StaffCollectionDetail }) {
  const [members, setMembers] = useState<Member[]>(() => [...collection.products]);
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const found = trpc.catalog.admin.products.list.useQuery({ q, page: 1, pageSize: 8 }, { enabled: q.length > 0 });
  const edits = useCollectionEdits();
  const save = trpc.catalog.admin.collections.setProducts.useMutation({ onSuccess: () => edits.saved('Collection products saved.') });
  const changed = members.map((member) => member.id).join() !== collection.products.map((product) => product.id).join();
  const memberIds = new Set(members.map((member) => member.id));

  return (
    <AdminSection title="Products" description={<p>Shoppers see them in this order.</p>}>
      {members.length === 0 ? (
        <p className="admin-muted">No products in this collection yet.</p>
      ) : (
        <ol className="admin-ordered">
          {members.map((member, index) => (
            <li key={member.id} className="admin-ordered__item">
              <span className="admin-ordered__label">
                <Link to={adminPaths.product(member.id)}>{member.title}</Link> <StatusBadge status={member.status} />
              </span>
              <span className="admin-button-row">
                <Button variant="ghost" size="sm" disabled={index === 0} onClick={() => setMembers((list) => moveItem(list, index, -1))} aria-label={`Move ${member.title} up`}>
                  Up
                </Button>
                <Button variant="ghost" size="sm" disabled={index === members.length - 1} onClick={() => setMembers((list) => moveItem(list, index, 1))} aria-label={`Move ${member.title} down`}>
                  Down
                </Button>
                <Button variant="ghost" size="sm" onClick={() => setMembers((list) => list.filter((item) => item.id !== member.id))} aria-label={`Remove ${member.title} from the collection`}>
                  Remove
                </Button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="admin-add-form">
        <TextField label="Find products to add" type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="Title or slug" />
        {q && found.isSuccess && (
          <ul className="admin-plain-list admin-search-results" aria-label="Matching products">
            {found.data.items.length === 0 && <li className="admin-muted">No product matches “{q}”.</li>}
            {found.data.items.map((product) => (
              <li key={product.id} className="admin-ordered__item">
                <span className="admin-ordered__label">
                  {product.title} <StatusBadge status={product.status} />
                </span>
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={memberIds.has(product.id)}
                  onClick={() => setMembers((list) => [...list, { id: product.id, slug: product.slug, title: product.title, status: product.status }])}
                  aria-label={memberIds.has(product.id) ? `${product.title} is in the collection` : `Add ${product.title}`}
                >
                  {memberIds.has(product.id) ? 'Added' : 'Add'}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <SubmitProblems error={save.error} unclaimed={fieldProblems(save.error)} />
      <div className="admin-button-row">
        <Button loading={save.isPending} disabled={!changed} onClick={() => save.mutate({ id: collection.id, productIds: members.map((member) => member.id) })}>
          Save products
        </Button>
        {changed && (
          <Button variant="ghost" onClick={() => setMembers([...collection.products])}>
            Discard changes
          </Button>
        )}
      </div>
    </AdminSection>
  );
}
