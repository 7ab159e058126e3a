// Maps procedure names to domain routers; nothing else lives here.
import { authRouter } from "../modules/auth/auth.router";
import { siteRouter } from "../modules/sites/site.router";
import { systemRouter } from "../modules/system/system.router";
import { router } from "./procedures";

export const appRouter = router({
  auth: authRouter,
  system: systemRouter,
  sites: siteRouter,
});

export type AppRouter = typeof appRouter;
