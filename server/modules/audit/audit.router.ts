import { auditEntryIdSchema, auditListSchema } from "../../../shared/schemas/audit";
import { permissionProcedure, router } from "../../trpc/procedures";
import { getAuditEntry } from "./get-audit-entry";
import { listAuditActors, listAuditLog } from "./list-audit-log";

const admin = permissionProcedure("admin:audit");

export const auditRouter = router({
  list: admin.input(auditListSchema).query(({ ctx, input }) => listAuditLog(ctx.db, input)),
  get: admin.input(auditEntryIdSchema).query(({ ctx, input }) => getAuditEntry(ctx.db, input.id)),
  actors: admin.query(({ ctx }) => listAuditActors(ctx.db)),
});
