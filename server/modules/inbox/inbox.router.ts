import { z } from "zod";
import {
  bulkAssignSchema, bulkEmailDraftSchema, bulkEmailSchema, bulkStatusSchema, inboxListSchema, saveViewSchema, setColumnsSchema, viewIdSchema,
} from "../../../shared/schemas/inbox";
import type { Context } from "../../trpc/context";
import { permissionProcedure, router } from "../../trpc/procedures";
import { bulkAssign, bulkChangeStatus, bulkSendEmail, previewBulkEmail } from "./bulk-inquiry-actions";
import { listAssignees, listInboxOptions } from "./inbox-options";
import { listInbox } from "./list-inbox";
import { deleteView, listSavedViews, saveView, setInboxColumns } from "./saved-views";

const read = permissionProcedure("inquiries:read");
const manage = permissionProcedure("inquiries:manage");
const meta = (ctx: Context) => ({ ip: ctx.ip, userAgent: ctx.userAgent });

export const inboxRouter = router({
  /** One page of the inbox. The live-updates hook invalidates this one query. */
  list: read.input(inboxListSchema).query(({ ctx, input }) => listInbox(ctx.db, ctx.user, input)),
  options: read.query(({ ctx }) => listInboxOptions(ctx.db, ctx.user)),
  assignees: read
    .input(z.object({ siteIds: z.array(z.uuid()).max(200).optional() }).default({}))
    .query(({ ctx, input }) => listAssignees(ctx.db, ctx.user, input.siteIds)),
  views: read.query(({ ctx }) => listSavedViews(ctx.db, ctx.user)),
  saveView: read.input(saveViewSchema).mutation(({ ctx, input }) => saveView(ctx.db, ctx.user, input)),
  deleteView: read.input(viewIdSchema).mutation(({ ctx, input }) => deleteView(ctx.db, ctx.user, input.id)),
  setColumns: read.input(setColumnsSchema).mutation(({ ctx, input }) => setInboxColumns(ctx.db, ctx.user, input.columns)),
  bulkStatus: manage.input(bulkStatusSchema).mutation(({ ctx, input }) => bulkChangeStatus(ctx.db, ctx.user, input, meta(ctx))),
  bulkAssign: manage.input(bulkAssignSchema).mutation(({ ctx, input }) => bulkAssign(ctx.db, ctx.user, input, meta(ctx))),
  /** A mutation so the draft travels in a POST body; it writes nothing. */
  bulkEmailPreview: manage.input(bulkEmailDraftSchema).mutation(({ ctx, input }) => previewBulkEmail(ctx.deps, ctx.user, input)),
  bulkEmail: manage.input(bulkEmailSchema).mutation(({ ctx, input }) => bulkSendEmail(ctx.deps, ctx.user, input, meta(ctx))),
});
