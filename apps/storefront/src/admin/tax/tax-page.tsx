import type { SignedInUser } from '../admin-types';
import { AdminPage } from '../components/admin-page';
import { CurrencySettingsSection } from './currency-settings-section';
import { TaxClassesSection } from './tax-classes-section';
import { TaxRegionsSection } from './tax-regions-section';

/**
 * How carts are taxed: the tax classes products and shipping belong to, each region's rate per class, and each
 * currency's tax mode and shipping. Administrators change them; other staff see them read-only (the API refuses
 * their changes anyway).
 */
export function TaxPage({ viewer }: { readonly viewer: SignedInUser }) {
  const isAdmin = viewer.role === 'admin';
  return (
    <AdminPage title="Tax">
      {!isAdmin && <p className="admin-page__meta">Only an administrator can change tax classes, rates and currency settings.</p>}
      <div className="admin-tax">
        <TaxRegionsSection isAdmin={isAdmin} />
        <CurrencySettingsSection isAdmin={isAdmin} />
        <TaxClassesSection isAdmin={isAdmin} />
      </div>
    </AdminPage>
  );
}
