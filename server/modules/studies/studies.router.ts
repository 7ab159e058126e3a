import { adminStudyListSchema, importCtgovSchema, studyIdSchema, updateStudySchema } from "../../../shared/schemas/studies";
import { permissionProcedure, router } from "../../trpc/procedures";
import { getAdminStudy } from "./get-admin-study";
import { importCtgovText } from "./import-ctgov-text";
import { listAdminStudies } from "./list-admin-studies";
import { updateStudy } from "./update-study";

const admin = permissionProcedure("admin:studies");
const meta = (ctx: { ip: string | null; userAgent: string | null }) => ({ ip: ctx.ip, userAgent: ctx.userAgent });

export const studiesRouter = router({
  adminList: admin.input(adminStudyListSchema).query(({ ctx, input }) => listAdminStudies(ctx.db, input)),
  get: admin.input(studyIdSchema).query(({ ctx, input }) => getAdminStudy(ctx.db, input.id)),
  update: admin.input(updateStudySchema).mutation(({ ctx, input }) => updateStudy(ctx.db, ctx.user, input, meta(ctx))),
  importCtgov: admin.input(importCtgovSchema).mutation(({ ctx, input }) => importCtgovText(ctx.db, ctx.user, input.json, meta(ctx))),
});
