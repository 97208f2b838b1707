import { Button, formatMoney, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import type { StaffVariant } from '../admin-types';
import { SubmitProblems } from '../components/problems';
import { fieldMessages, fieldProblems } from '../lib/api-problems';
import { amountInputValue, parseAmount, parseOptionalAmount } from '../lib/money-input';
import { useProductEdits } from './use-product-edits';

type Price = StaffVariant['prices'][number];

/** A variant's prices, one per currency, each with an optional compare-at ("was") price. */
export function VariantPrices({ variant }: { readonly variant: StaffVariant }) {
  const taken = new Set(variant.prices.map((price) => price.currency));
  return (
    <div className="admin-prices">
      <h4 className="admin-prices__title">Prices of {variant.sku}</h4>
      {variant.prices.length === 0 && <p className="admin-muted">No price yet: the variant cannot be sold.</p>}
      {variant.prices.map((price) => (
        <PriceRow key={`${price.currency}-${price.amount}-${price.compareAtAmount}`} variant={variant} price={price} />
      ))}
      <PriceRow key={`new-${variant.prices.length}`} variant={variant} newCurrency={taken.has('USD') ? '' : 'USD'} />
    </div>
  );
}

function PriceRow({ variant, price, newCurrency }: { readonly variant: StaffVariant; readonly price?: Price; readonly newCurrency?: string }) {
  const [currency, setCurrency] = useState(price?.currency ?? newCurrency ?? '');
  const [amount, setAmount] = useState(price ? amountInputValue(price.amount, price.currency) : '');
  const [compareAt, setCompareAt] = useState(price?.compareAtAmount != null ? amountInputValue(price.compareAtAmount, price.currency) : '');
  const [local, setLocal] = useState<Record<string, string>>({});
  const edits = useProductEdits();
  const code = currency.trim().toUpperCase();
  const setPrice = trpc.catalog.admin.variants.setPrice.useMutation({
    onSuccess: (_result, input) => edits.saved(`${variant.sku}: ${input.currency} price ${price ? 'saved' : 'added'}.`),
  });
  const removePrice = trpc.catalog.admin.variants.removePrice.useMutation({
    onSuccess: (_result, input) => edits.saved(`${variant.sku}: ${input.currency} price removed.`),
    onError: edits.failed,
  });
  const server = fieldMessages(fieldProblems(setPrice.error), (path) => (['currency', 'amount', 'compareAtAmount'].includes(path) ? path : null));
  const errorOf = (field: string) => local[field] ?? server.byField[field];

  function save(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!/^[A-Z]{3}$/.test(code)) problems['currency'] = 'A three-letter code, like USD';
    let parsedAmount: number | null = null;
    let parsedCompare: number | null = null;
    if (!problems['currency']) {
      const main = parseAmount(amount, code);
      if (main.ok) parsedAmount = main.amount;
      else problems['amount'] = main.message;
      const was = parseOptionalAmount(compareAt, code);
      if (was.ok) parsedCompare = was.amount;
      else problems['compareAtAmount'] = was.message;
      if (parsedAmount !== null && parsedCompare !== null && parsedCompare <= parsedAmount) problems['compareAtAmount'] = 'Must be above the price';
    }
    setLocal(problems);
    if (Object.keys(problems).length === 0 && parsedAmount !== null) {
      setPrice.mutate({ variantId: variant.id, currency: code, amount: parsedAmount, compareAtAmount: parsedCompare });
    }
  }

  return (
    <form className="admin-price-row" onSubmit={save} noValidate aria-label={price ? `${price.currency} price` : 'Add a price'}>
      {price ? (
        <p className="admin-price-row__currency">
          <span className="ui-visually-hidden">Currency </span>
          {price.currency}
          <span className="admin-muted"> · now {formatMoney(price.amount, price.currency)}</span>
        </p>
      ) : (
        <TextField label="Currency" className="admin-price-row__code" value={currency} maxLength={3} onChange={(event) => setCurrency(event.target.value)} error={errorOf('currency')} />
      )}
      <TextField label={price ? `Price in ${price.currency}` : 'Price'} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} error={errorOf('amount')} />
      <TextField label="Compare-at price" hint="Optional “was” price" inputMode="decimal" value={compareAt} onChange={(event) => setCompareAt(event.target.value)} error={errorOf('compareAtAmount')} />
      <div className="admin-price-row__actions">
        <Button type="submit" size="sm" variant={price ? 'secondary' : 'primary'} loading={setPrice.isPending}>
          {price ? 'Save price' : 'Add price'}
        </Button>
        {price && (
          <Button variant="ghost" size="sm" loading={removePrice.isPending} onClick={() => removePrice.mutate({ variantId: variant.id, currency: price.currency })} aria-label={`Remove the ${price.currency} price`}>
            Remove
          </Button>
        )}
      </div>
      <div className="admin-price-row__problems">
        <SubmitProblems error={setPrice.error} unclaimed={server.unclaimed} />
      </div>
    </form>
  );
}
