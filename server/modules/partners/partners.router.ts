import { createPartnerSchema, partnerIdSchema, updatePartnerOriginsSchema } from "../../../shared/schemas/partners";
import { permissionProcedure, router } from "../../trpc/procedures";
import { createPartner, deactivatePartner, rotatePartnerKey, updatePartnerOrigins } from "./change-partner";
import { listPartners } from "./list-partners";

const admin = permissionProcedure("admin:settings");
const meta = (ctx: { ip: string | null; userAgent: string | null }) => ({ ip: ctx.ip, userAgent: ctx.userAgent });

export const partnersRouter = router({
  list: admin.query(({ ctx }) => listPartners(ctx.db)),
  create: admin.input(createPartnerSchema).mutation(({ ctx, input }) => createPartner(ctx.db, ctx.user, input, meta(ctx))),
  updateOrigins: admin.input(updatePartnerOriginsSchema).mutation(({ ctx, input }) => updatePartnerOrigins(ctx.db, ctx.user, input, meta(ctx))),
  deactivate: admin.input(partnerIdSchema).mutation(({ ctx, input }) => deactivatePartner(ctx.db, ctx.user, input.id, meta(ctx))),
  rotateKey: admin.input(partnerIdSchema).mutation(({ ctx, input }) => rotatePartnerKey(ctx.db, ctx.user, input.id, meta(ctx))),
});
