// Maps procedure names to domain routers; nothing else lives here.
import { authRouter } from "../modules/auth/auth.router";
import { siteRouter } from "../modules/sites/site.router";
import { systemRouter } from "../modules/system/system.router";
import { outboxRouter } from "../modules/outbox/outbox.router";
import { templatesRouter } from "../modules/templates/templates.router";
import { inquiriesRouter } from "../modules/inquiries/inquiries.router";
import { inboxRouter } from "../modules/inbox/inbox.router";
import { liveRouter } from "../modules/live/live.router";
import { usersRouter } from "../modules/users/users.router";
import { invitationsRouter } from "../modules/users/invitations.router";
import { auditRouter } from "../modules/audit/audit.router";
import { reportsRouter } from "../modules/reports/reports.router";
import { settingsRouter } from "../modules/settings/settings.router";
import { partnersRouter } from "../modules/partners/partners.router";
import { studiesRouter } from "../modules/studies/studies.router";
import { router } from "./procedures";

export const appRouter = router({
  auth: authRouter,
  system: systemRouter,
  sites: siteRouter,
  templates: templatesRouter,
  outbox: outboxRouter,
  live: liveRouter,
  inquiries: inquiriesRouter,
  inbox: inboxRouter,
  users: usersRouter,
  invitations: invitationsRouter,
  audit: auditRouter,
  reports: reportsRouter,
  settings: settingsRouter,
  partners: partnersRouter,
  studies: studiesRouter,
});

export type AppRouter = typeof appRouter;
