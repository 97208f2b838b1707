import { EmptyState } from '@emporium/ui';
import { Link } from 'react-router';
import { AdminPage } from './components/admin-page';
import { adminPaths } from './lib/admin-paths';

export function AdminNotFound() {
  return (
    <AdminPage title="Page not found">
      <EmptyState title="There is no admin page here" action={<Link to={adminPaths.products}>Go to products</Link>}>
        <p>The link may be mistyped, or the page may have moved.</p>
      </EmptyState>
    </AdminPage>
  );
}
