import { permissionProcedure, router } from "../../trpc/procedures";
import { listMySites } from "./list-my-sites";

export const siteRouter = router({
  /** The sites the caller may work with (all sites for admins). */
  listMine: permissionProcedure("inquiries:read").query(({ ctx }) => listMySites(ctx.db, ctx.user)),
});
