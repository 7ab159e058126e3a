import { saveTemplateSchema, templateDraftSchema, templateRefSchema, templateVersionSchema } from "../../../shared/schemas/email";
import { permissionProcedure, router } from "../../trpc/procedures";
import { getTemplate, getTemplateVersion } from "./get-template";
import { listTemplates } from "./list-templates";
import { previewTemplate } from "./preview-template";
import { saveTemplate } from "./save-template";
import { sendTestTemplate } from "./send-test-template";

const admin = permissionProcedure("admin:templates");

export const templatesRouter = router({
  /** Every template key with its language coverage. */
  list: admin.query(({ ctx }) => listTemplates(ctx.db)),
  get: admin.input(templateRefSchema).query(({ ctx, input }) => getTemplate(ctx.db, input)),
  version: admin.input(templateVersionSchema).query(({ ctx, input }) => getTemplateVersion(ctx.db, input)),
  /**
   * The draft rendered by the server, exactly as it would be sent. A mutation only so the draft
   * travels in a POST body: as a query it would go in the URL, which has a length limit.
   */
  preview: admin.input(templateDraftSchema).mutation(({ input }) => previewTemplate(input)),
  save: admin.input(saveTemplateSchema).mutation(({ ctx, input }) => saveTemplate(ctx.db, ctx.user, input, ctx)),
  sendTest: admin.input(templateDraftSchema).mutation(({ ctx, input }) => sendTestTemplate(ctx.db, ctx.user, input, ctx)),
});

