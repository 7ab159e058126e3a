// The inquiry page. Changes return the inquiry's fresh state (not audited as a view: the caller
// already has the page open), so the page updates without reading it again.
import {
  addNoteSchema, assignSchema, changeStatusSchema, emailDraftSchema, inquiryIdSchema, logCallSchema, rerouteSchema, sendEmailSchema, setFollowUpSchema,
} from "../../../shared/schemas/inquiry-actions";
import type { Context } from "../../trpc/context";
import { permissionProcedure, router } from "../../trpc/procedures";
import { addInquiryNote } from "./add-inquiry-note";
import { assignInquiry } from "./assign-inquiry";
import { changeInquiryStatus } from "./change-inquiry-status";
import { findPossibleDuplicates } from "./find-possible-duplicates";
import { getInquiry, readInquiry } from "./get-inquiry";
import { listInquiryTimeline } from "./list-inquiry-timeline";
import { logContactAttempt } from "./log-contact-attempt";
import { previewInquiryEmail } from "./preview-inquiry-email";
import { rerouteInquiry } from "./reroute-inquiry";
import { sendInquiryEmail } from "./send-inquiry-email";
import { setFollowUp } from "./set-follow-up";

const read = permissionProcedure("inquiries:read");
const manage = permissionProcedure("inquiries:manage");
const meta = (ctx: Context) => ({ ip: ctx.ip, userAgent: ctx.userAgent });

export const inquiriesRouter = router({
  get: read.input(inquiryIdSchema).query(({ ctx, input }) => getInquiry(ctx.db, ctx.user, input, meta(ctx))),
  timeline: read.input(inquiryIdSchema).query(({ ctx, input }) => listInquiryTimeline(ctx.db, ctx.user, input)),
  duplicates: read.input(inquiryIdSchema).query(({ ctx, input }) => findPossibleDuplicates(ctx.db, ctx.user, input)),
  changeStatus: manage.input(changeStatusSchema).mutation(async ({ ctx, input }) => {
    await changeInquiryStatus(ctx.db, ctx.user, input, meta(ctx));
    return readInquiry(ctx.db, ctx.user, input.id);
  }),
  assign: manage.input(assignSchema).mutation(async ({ ctx, input }) => {
    await assignInquiry(ctx.db, ctx.user, input, meta(ctx));
    return readInquiry(ctx.db, ctx.user, input.id);
  }),
  addNote: manage.input(addNoteSchema).mutation(({ ctx, input }) => addInquiryNote(ctx.db, ctx.user, input, meta(ctx))),
  logCall: manage.input(logCallSchema).mutation(async ({ ctx, input }) => {
    const result = await logContactAttempt(ctx.db, ctx.user, input, meta(ctx));
    return { ...result, inquiry: await readInquiry(ctx.db, ctx.user, input.id) };
  }),
  setFollowUp: manage.input(setFollowUpSchema).mutation(async ({ ctx, input }) => {
    await setFollowUp(ctx.db, ctx.user, input, meta(ctx));
    return readInquiry(ctx.db, ctx.user, input.id);
  }),
  reroute: permissionProcedure("inquiries:reroute").input(rerouteSchema).mutation(async ({ ctx, input }) => {
    await rerouteInquiry(ctx.deps, ctx.user, input, meta(ctx));
    return readInquiry(ctx.db, ctx.user, input.id);
  }),
  /** A mutation only so the draft travels in a POST body, not the URL; it writes nothing. */
  previewEmail: manage.input(emailDraftSchema).mutation(({ ctx, input }) => previewInquiryEmail(ctx.deps, ctx.user, input)),
  sendEmail: manage.input(sendEmailSchema).mutation(({ ctx, input }) => sendInquiryEmail(ctx.deps, ctx.user, input, meta(ctx))),
});
