import { EmptyState, TextField } from '@emporium/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../trpc';
import { AdminSection } from '../components/admin-page';
import { Loaded } from '../components/loaded';
import { Pager } from '../components/pager';
import { AddCodeForm } from './add-code-form';
import { CouponBatches } from './coupon-batches';
import { CouponCodeTable } from './coupon-code-table';
import { GenerateBatchForm } from './generate-batch-form';
import type { StaffPromotion } from './promotion-types';
import { useDebouncedValue } from './use-debounced-value';

const PAGE_SIZE = 25;

/** The codes of a promotion that takes codes: find, add one, generate a batch, switch any off. */
export function CouponCodesSection({ promotion }: { readonly promotion: StaffPromotion }) {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 300);
  const [paging, setPaging] = useState({ search: '', page: 1 });
  // A new search starts again at the first page.
  const page = paging.search === search ? paging.page : 1;
  const codes = trpc.cart.admin.promotions.codes.list.useQuery(
    { promotionId: promotion.id, search: search || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    { placeholderData: keepPreviousData, staleTime: 0 },
  );
  const batches = trpc.cart.admin.promotions.codes.batches.useQuery({ id: promotion.id }, { staleTime: 0 });

  return (
    <div className="admin-promotion-codes">
      <AdminSection
        title="Coupon codes"
        description={<p>Shoppers type one of these to get the promotion. A code works while both it and the promotion are active.</p>}
      >
        <div className="admin-cards admin-code-forms">
          <AddCodeForm promotionId={promotion.id} />
          <GenerateBatchForm promotionId={promotion.id} />
        </div>
        <CouponBatches batches={batches.data ?? []} />
        <div className="admin-toolbar admin-code-search" role="search" aria-label="Coupon codes">
          <TextField label="Search codes" type="search" placeholder="Part of a code" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" />
        </div>
        <Loaded query={codes} lines={6}>
          {(data) =>
            data.rows.length === 0 && page === 1 ? (
              <EmptyState title={search ? 'No code matches' : 'No codes yet'} headingLevel={3}>
                <p>{search ? 'Try another part of a code.' : 'Add a code, or generate a batch of single-use ones.'}</p>
              </EmptyState>
            ) : (
              <>
                <CouponCodeTable codes={data.rows} batches={batches.data ?? []} busy={codes.isFetching} caption={`Coupon codes of ${promotion.name}${search ? ` matching “${search}”` : ''}, newest first`} />
                <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(next) => setPaging({ search, page: next })} label="Coupon code pages" />
              </>
            )
          }
        </Loaded>
      </AdminSection>
    </div>
  );
}
