import { Badge, Button, EmptyState } from '@emporium/ui';
import { useState } from 'react';
import { trpc } from '../../trpc';
import { AdminSection } from '../components/admin-page';
import { Loaded } from '../components/loaded';
import { moneyLabel } from '../promotions/discount-summary';
import { CurrencyForm } from './currency-form';
import { countryName } from './tax-drafts';
import { ROUNDINGS, TAX_MODES } from './tax-labels';
import type { CurrencySettings } from './tax-types';

/** Per currency the shop sells in: whether its prices include tax, how tax rounds, and the shipping carts are shown. */
export function CurrencySettingsSection({ isAdmin }: { readonly isAdmin: boolean }) {
  const currencies = trpc.cart.admin.tax.currencies.useQuery(undefined, { staleTime: 0 });
  const classes = trpc.cart.admin.tax.classes.useQuery(undefined, { staleTime: 0 });
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <AdminSection title="Currency settings" description={<p>A cart without a destination is taxed as if going to the currency’s default country.</p>}>
      <Loaded query={currencies} lines={5}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No currencies set up" headingLevel={3}>
              <p>Carts can be priced only in a currency with settings.</p>
            </EmptyState>
          ) : (
            <>
              <CurrencyTable settings={list} editing={isAdmin ? editing : null} onEdit={isAdmin ? (currency) => setEditing((current) => (current === currency ? null : currency)) : undefined} />
              {isAdmin &&
                list
                  .filter((setting) => setting.currency === editing)
                  .map((setting) => <CurrencyForm key={`${setting.currency}-${setting.updatedAt}`} setting={setting} classes={classes.data ?? []} onDone={() => setEditing(null)} />)}
            </>
          )
        }
      </Loaded>
    </AdminSection>
  );
}

interface CurrencyTableProps {
  readonly settings: readonly CurrencySettings[];
  readonly editing: string | null;
  readonly onEdit?: (currency: string) => void;
}

function CurrencyTable({ settings, editing, onEdit }: CurrencyTableProps) {
  return (
    <div className="admin-table-wrap">
      <table className="admin-table admin-table--compact">
        <caption className="ui-visually-hidden">Tax and shipping settings by currency</caption>
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col">Prices</th>
            <th scope="col">Rounding</th>
            <th scope="col">Default country</th>
            <th scope="col" className="admin-table__number">
              Shipping estimate
            </th>
            <th scope="col" className="admin-table__number">
              Free shipping from
            </th>
            <th scope="col">Shipping taxed as</th>
            {onEdit && (
              <th scope="col">
                <span className="ui-visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {settings.map((setting) => (
            <tr key={setting.currency} className={editing === setting.currency ? 'is-editing' : undefined}>
              <th scope="row">{setting.currency}</th>
              <td>
                <Badge tone={setting.taxMode === 'inclusive' ? 'accent' : 'neutral'}>{TAX_MODES.find((mode) => mode.value === setting.taxMode)?.label ?? setting.taxMode}</Badge>
              </td>
              <td>{ROUNDINGS.find((rounding) => rounding.value === setting.rounding)?.label ?? setting.rounding}</td>
              <td>
                {countryName(setting.defaultCountry)} <span className="admin-muted">{setting.defaultCountry}</span>
              </td>
              <td className="admin-table__number">{moneyLabel(setting.shippingEstimate, setting.currency)}</td>
              <td className="admin-table__number">{setting.freeShippingFrom === null ? <span className="admin-muted">Never</span> : moneyLabel(setting.freeShippingFrom, setting.currency)}</td>
              <td>
                <code className="admin-code">{setting.shippingTaxClass}</code>
              </td>
              {onEdit && (
                <td className="admin-table__actions">
                  <Button variant="ghost" size="sm" aria-expanded={editing === setting.currency} onClick={() => onEdit(setting.currency)}>
                    {editing === setting.currency ? 'Close' : 'Edit'}
                    <span className="ui-visually-hidden"> {setting.currency}</span>
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
