import { updateSettingsSchema } from "../../../shared/schemas/settings";
import { permissionProcedure, router } from "../../trpc/procedures";
import { getSettings } from "./settings";
import { updateSettings } from "./update-settings";

const admin = permissionProcedure("admin:settings");

export const settingsRouter = router({
  get: admin.query(({ ctx }) => getSettings(ctx.db)),
  update: admin.input(updateSettingsSchema).mutation(({ ctx, input }) => updateSettings(ctx.db, ctx.user, input, { ip: ctx.ip, userAgent: ctx.userAgent })),
});
