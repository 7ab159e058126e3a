import { AdminOnly } from './admin-only';
import { PlaceholderPage } from './placeholder-page';

// Pages not built yet. When one is, give it its own module and point its route in router.tsx at it.

export function StudiesAdminPage() {
  return (
    <AdminOnly>
      <PlaceholderPage page="studies" />
    </AdminOnly>
  );
}

export function SitesPage() {
  return (
    <AdminOnly>
      <PlaceholderPage page="sites" />
    </AdminOnly>
  );
}
