// The follow-up e-mail exactly as it would be sent, for the preview frame. Writes nothing.
import type { EmailDraftInput } from "../../../shared/schemas/inquiry-actions";
import type { AppDeps } from "../../app-deps";
import type { SessionUser } from "../../trpc/context";
import { composeInquiryEmail } from "./compose-inquiry-email";

export async function previewInquiryEmail(deps: AppDeps, user: SessionUser, input: EmailDraftInput) {
  const c = await composeInquiryEmail(deps, user, input);
  return { to: c.to.address, locale: c.locale, rtl: c.rtl, template: c.template, message: c.rendered, edited: c.edited, missing: c.missing };
}
