// A follow-up e-mail to the family, in their language, as it will be sent: the template in force
// filled with this inquiry's values, or the coordinator's own subject and text for this one send.
// Either way the message goes through the same layout, and every value is escaped in HTML.
import { TEMPLATE_INPUTS, type EmailDraftInput } from "../../../shared/schemas/inquiry-actions";
import type { AppDeps } from "../../app-deps";
import { checkVariables, currentTemplate } from "../../emails/enqueue-email";
import { headerValue } from "../../emails/header-value";
import { escapeHtml, wrapHtml, wrapText, type LayoutInput } from "../../emails/layout";
import { renderEmail } from "../../emails/render-template";
import { TEMPLATE_CATALOG, emailLocaleOf, isRtl } from "../../emails/template-catalog";
import type { SessionUser } from "../../trpc/context";
import { findScopedInquiry } from "./inquiry-scope";

export async function composeInquiryEmail(deps: AppDeps, user: SessionUser, input: EmailDraftInput) {
  const { db } = deps;
  const inquiry = await findScopedInquiry(db, user, input.id, {
    id: true, siteId: true, firstName: true, lastName: true, email: true, language: true, otherLanguage: true, anonymizedAt: true,
    study: { select: { id: true, title: true } },
    site: { select: { name: true, phone: true, email: true } },
  });
  const link = inquiry.siteId
    ? await db.studySite.findUnique({ where: { studyId_siteId: { studyId: inquiry.study.id, siteId: inquiry.siteId } }, select: { primaryContactPhone: true, primaryContactEmail: true } })
    : null;
  const key = input.templateKey;
  const definition = TEMPLATE_CATALOG[key];
  const typed = input.inputs ?? {};
  const contact = [link?.primaryContactPhone ?? inquiry.site?.phone, link?.primaryContactEmail ?? inquiry.site?.email].filter(Boolean).join(" · ");
  const given: Record<string, string> = {
    FIRST_NAME: inquiry.firstName,
    STUDY_TITLE: inquiry.study.title,
    SITE_NAME: inquiry.site?.name ?? "",
    // Families need a way to answer: the site's contact, else the coordinator's own address.
    SITE_CONTACT: contact || user.email,
    COORDINATOR_NAME: user.name,
    STUDIES_URL: `${deps.publicUrl}/studies`,
  };
  for (const name of TEMPLATE_INPUTS[key]) given[name] = (typed[name] ?? "").trim();
  const { vars } = checkVariables(key, given);
  const missing = TEMPLATE_INPUTS[key].filter((name) => definition.variables[name]?.required && !vars[name]);

  const template = await currentTemplate(db, key, emailLocaleOf(inquiry.otherLanguage ?? inquiry.language));
  const locale = template.locale;
  const fromTemplate = renderEmail({ key, locale, content: template.content, vars, kind: definition.kind, autoSubmitted: definition.autoSubmitted });
  const layout: LayoutInput = { locale, subject: fromTemplate.subject, bodyHtml: "", bodyText: "", autoSubmitted: definition.autoSubmitted };
  const templateBody = { html: between(fromTemplate.html, wrapHtml({ ...layout, bodyHtml: SENTINEL })), text: between(fromTemplate.text, wrapText({ ...layout, bodyText: SENTINEL })) };

  const edited: ("subject" | "text")[] = [];
  if (input.subject !== undefined && headerValue(input.subject) !== fromTemplate.subject) edited.push("subject");
  if (input.text !== undefined && input.text.trim() !== templateBody.text.trim()) edited.push("text");
  const subject = edited.includes("subject") ? headerValue(input.subject!) : fromTemplate.subject;
  const bodyText = edited.includes("text") ? input.text!.trim() : templateBody.text;
  const bodyHtml = edited.includes("text") ? textToHtml(bodyText) : templateBody.html;
  const final = { ...layout, subject, bodyText, bodyHtml };
  const rendered = edited.length === 0 ? fromTemplate : { subject, html: wrapHtml(final), text: wrapText(final) };
  return {
    inquiry: { id: inquiry.id, siteId: inquiry.siteId, anonymized: inquiry.anonymizedAt !== null },
    to: { address: inquiry.email, name: `${inquiry.firstName} ${inquiry.lastName}` },
    locale,
    rtl: isRtl(locale),
    templateId: template.id,
    definition,
    /** What the coordinator starts editing from. */
    template: { subject: fromTemplate.subject, text: templateBody.text.trim() },
    rendered,
    edited,
    missing,
  };
}

const SENTINEL = "\u0000BODY\u0000";

/** The part of `full` that the layout wrapped around its body (`probe` is the layout around SENTINEL). */
function between(full: string, probe: string): string {
  const [before, after] = probe.split(SENTINEL) as [string, string];
  if (!full.startsWith(before) || !full.endsWith(after)) throw new Error("compose: layout changed shape");
  return full.slice(before.length, full.length - after.length);
}

/** The coordinator's plain text as HTML: escaped, paragraphs kept, web addresses as links. */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.split(/\r?\n/).map(linkify).join("<br>")}</p>`)
    .join("\n");
}

function linkify(line: string): string {
  return line
    .split(/(https?:\/\/[^\s<>"']+)/g)
    .map((part, i) => (i % 2 === 1 ? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>` : escapeHtml(part)))
    .join("");
}
