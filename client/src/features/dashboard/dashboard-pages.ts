import {
  IconChartBar,
  IconFlask,
  IconHistory,
  IconInbox,
  IconMailForward,
  IconBuildingHospital,
  IconSettings,
  IconTemplate,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

export type DashboardPageKey =
  | 'inbox'
  | 'reports'
  | 'studies'
  | 'sites'
  | 'users'
  | 'templates'
  | 'outbox'
  | 'auditLog'
  | 'settings';

export interface DashboardPage {
  key: DashboardPageKey;
  /** Relative to /dashboard; '' is the index. */
  path: string;
  icon: Icon;
  adminOnly: boolean;
}

// One list drives both the navbar and the routes, so a link never points to a missing page.
export const dashboardPages: readonly DashboardPage[] = [
  { key: 'inbox', path: '', icon: IconInbox, adminOnly: false },
  { key: 'reports', path: 'reports', icon: IconChartBar, adminOnly: false },
  { key: 'studies', path: 'studies', icon: IconFlask, adminOnly: true },
  { key: 'sites', path: 'sites', icon: IconBuildingHospital, adminOnly: true },
  { key: 'users', path: 'users', icon: IconUsers, adminOnly: true },
  { key: 'templates', path: 'templates', icon: IconTemplate, adminOnly: true },
  { key: 'outbox', path: 'outbox', icon: IconMailForward, adminOnly: true },
  { key: 'auditLog', path: 'audit-log', icon: IconHistory, adminOnly: true },
  { key: 'settings', path: 'settings', icon: IconSettings, adminOnly: true },
];

export function dashboardHref(page: DashboardPage): string {
  return page.path ? `/dashboard/${page.path}` : '/dashboard';
}
