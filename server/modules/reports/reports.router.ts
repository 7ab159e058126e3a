import { reportFilterSchema } from "../../../shared/schemas/reports";
import { permissionProcedure, router } from "../../trpc/procedures";
import { breakdownReport } from "./breakdown-report";
import { funnelReport } from "./funnel-report";
import { reportOptions } from "./report-options";
import { responseReport } from "./response-report";

// Coordinators see their own sites' numbers only; the scope is in each query (report-scope.ts).
const reader = permissionProcedure("reports:read");

export const reportsRouter = router({
  options: reader.query(({ ctx }) => reportOptions(ctx.db, ctx.user)),
  funnel: reader.input(reportFilterSchema).query(({ ctx, input }) => funnelReport(ctx.db, ctx.user, input)),
  responseTimes: reader.input(reportFilterSchema).query(({ ctx, input }) => responseReport(ctx.db, ctx.user, input)),
  breakdown: reader.input(reportFilterSchema).query(({ ctx, input }) => breakdownReport(ctx.db, ctx.user, input)),
});
