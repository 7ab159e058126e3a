import { adminListSitesSchema, createSiteSchema, siteIdSchema, updateSiteSchema } from "../../../shared/schemas/sites";
import { permissionProcedure, router } from "../../trpc/procedures";
import { createSite, getSiteAdmin, updateSite } from "./change-site";
import { listMySites } from "./list-my-sites";
import { listSitesAdmin } from "./list-sites-admin";

const admin = permissionProcedure("admin:sites");
const meta = (ctx: { ip: string | null; userAgent: string | null }) => ({ ip: ctx.ip, userAgent: ctx.userAgent });

export const siteRouter = router({
  /** The sites the caller may work with (all sites for admins). */
  listMine: permissionProcedure("inquiries:read").query(({ ctx }) => listMySites(ctx.db, ctx.user)),
  adminList: admin.input(adminListSitesSchema).query(({ ctx, input }) => listSitesAdmin(ctx.db, input)),
  get: admin.input(siteIdSchema).query(({ ctx, input }) => getSiteAdmin(ctx.db, input.id)),
  create: admin.input(createSiteSchema).mutation(({ ctx, input }) => createSite(ctx.db, ctx.user, input, meta(ctx))),
  update: admin.input(updateSiteSchema).mutation(({ ctx, input }) => updateSite(ctx.db, ctx.user, input, meta(ctx))),
});
