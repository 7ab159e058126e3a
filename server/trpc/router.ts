// Maps procedure names to domain routers; nothing else lives here.
import { authRouter } from "../modules/auth/auth.router";
import { siteRouter } from "../modules/sites/site.router";
import { systemRouter } from "../modules/system/system.router";
import { outboxRouter } from "../modules/outbox/outbox.router";
import { templatesRouter } from "../modules/templates/templates.router";
import { router } from "./procedures";

export const appRouter = router({
  auth: authRouter,
  system: systemRouter,
  sites: siteRouter,
  templates: templatesRouter,
  outbox: outboxRouter,
});

export type AppRouter = typeof appRouter;
