import { createBrowserRouter, type RouteObject } from 'react-router';
import { RootErrorPage } from '@client/features/shell/root-error-page';
import { RootLayout } from '@client/features/shell/root-layout';
import { RouteFallback } from '@client/features/shell/route-fallback';

// Every page is a lazy route: the entry chunk holds only the shell, so the public pages and the
// dashboard each download their own code.
const publicRoutes: RouteObject = {
  lazy: () => import('@client/features/public/public-layout').then((m) => ({ Component: m.PublicLayout })),
  children: [
    { index: true, lazy: () => import('@client/features/public/home-page').then((m) => ({ Component: m.HomePage })) },
    {
      path: 'studies',
      lazy: () => import('@client/features/public/studies-page').then((m) => ({ Component: m.StudiesPage })),
    },
    {
      path: 'studies/:nctId',
      lazy: () => import('@client/features/study/study-page').then((m) => ({ Component: m.StudyPage })),
    },
    {
      path: 'notes/:slug',
      lazy: () => import('@client/features/private-notes/shared-notes-page').then((m) => ({ Component: m.SharedNotesPage })),
    },
    {
      path: 'notifications/subscribe',
      lazy: () =>
        import('@client/features/public/notifications-coming-soon-page').then((m) => ({
          Component: m.NotificationsComingSoonPage,
        })),
    },
    {
      path: 'sign-in',
      lazy: () => import('@client/features/auth/sign-in-page').then((m) => ({ Component: m.SignInPage })),
    },
    {
      path: 'forgot-password',
      lazy: () =>
        import('@client/features/auth/forgot-password-page').then((m) => ({ Component: m.ForgotPasswordPage })),
    },
    {
      path: 'reset-password',
      lazy: () => import('@client/features/auth/reset-password-page').then((m) => ({ Component: m.ResetPasswordPage })),
    },
    {
      path: 'invitation/:token',
      lazy: () => import('@client/features/auth/invitation-page').then((m) => ({ Component: m.InvitationPage })),
    },
    {
      path: '*',
      lazy: () => import('@client/features/public/not-found-page').then((m) => ({ Component: m.NotFoundPage })),
    },
  ],
};

// The get-in-touch form alone, for partners' iframes: no site header or footer.
const embedRoutes: RouteObject = {
  path: 'embed/studies/:nctId',
  lazy: () => import('@client/features/inquiry-form/embed-page').then((m) => ({ Component: m.EmbedPage })),
};

// Keep the paths in step with features/dashboard/dashboard-pages.ts (the navbar).
const dashboardRoutes: RouteObject = {
  path: 'dashboard',
  lazy: async () => {
    const [layout, guard] = await Promise.all([
      import('@client/features/dashboard/dashboard-layout'),
      import('@client/features/dashboard/require-user'),
    ]);
    return { loader: guard.requireUserLoader, Component: layout.DashboardLayout };
  },
  children: [
    {
      // Pathless so that a failing page shows its error inside the shell, navigation still usable.
      lazy: () => import('@client/features/dashboard/dashboard-error').then((m) => ({ ErrorBoundary: m.DashboardError })),
      children: [
        { index: true, lazy: () => import('@client/features/inbox/inbox-page').then((m) => ({ Component: m.InboxPage })) },
        {
          path: 'inquiries/:id',
          lazy: () => import('@client/features/inquiry/inquiry-page').then((m) => ({ Component: m.InquiryPage })),
        },
        { path: 'reports', lazy: () => import('@client/features/reports/reports-page').then((m) => ({ Component: m.ReportsPage })) },
        {
          path: 'studies',
          lazy: () => import('@client/features/admin-studies/studies-admin-page').then((m) => ({ Component: m.StudiesAdminPage })),
        },
        {
          path: 'studies/:id',
          lazy: () => import('@client/features/admin-studies/study-edit-page').then((m) => ({ Component: m.StudyEditPage })),
        },
        { path: 'sites', lazy: () => import('@client/features/admin-sites/sites-page').then((m) => ({ Component: m.SitesAdminPage })) },
        { path: 'sites/:id', lazy: () => import('@client/features/admin-sites/site-edit-page').then((m) => ({ Component: m.SiteEditPage })) },
        { path: 'users', lazy: () => import('@client/features/admin-users/users-page').then((m) => ({ Component: m.UsersPage })) },
        {
          path: 'templates',
          lazy: () => import('@client/features/admin-templates/templates-page').then((m) => ({ Component: m.TemplatesPage })),
        },
        {
          path: 'templates/:key',
          lazy: () => import('@client/features/admin-templates/template-editor-page').then((m) => ({ Component: m.TemplateEditorPage })),
        },
        { path: 'outbox', lazy: () => import('@client/features/admin-outbox/outbox-page').then((m) => ({ Component: m.OutboxPage })) },
        {
          path: 'outbox/:id',
          lazy: () => import('@client/features/admin-outbox/outbox-message-page').then((m) => ({ Component: m.OutboxMessagePage })),
        },
        { path: 'audit-log', lazy: () => import('@client/features/admin-audit/audit-log-page').then((m) => ({ Component: m.AuditLogPage })) },
        {
          path: 'audit-log/:id',
          lazy: () => import('@client/features/admin-audit/audit-entry-page').then((m) => ({ Component: m.AuditEntryPage })),
        },
        {
          path: 'settings',
          lazy: () => import('@client/features/admin-settings/settings-page').then((m) => ({ Component: m.SettingsPage })),
        },
        {
          path: 'partners',
          lazy: () => import('@client/features/admin-partners/partners-page').then((m) => ({ Component: m.PartnersPage })),
        },
        {
          path: '*',
          lazy: () => import('@client/features/dashboard/dashboard-error').then((m) => ({ Component: m.DashboardNotFound })),
        },
      ],
    },
  ],
};

export const router = createBrowserRouter([
  {
    Component: RootLayout,
    ErrorBoundary: RootErrorPage,
    HydrateFallback: RouteFallback,
    children: [publicRoutes, embedRoutes, dashboardRoutes],
  },
]);
