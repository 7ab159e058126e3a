// "Send a test to yourself": the editor's draft rendered with sample data, queued like any other
// message to the signed-in admin's own address, and audited in the same transaction.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/prisma";
import { enqueueRenderedEmail } from "../../emails/enqueue-email";
import { TEMPLATE_CATALOG } from "../../emails/template-catalog";
import type { TemplateContent } from "../../emails/validate-template";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { previewTemplate } from "./preview-template";
import { issuesAsFieldErrors, type AuditMeta } from "./save-template";

export async function sendTestTemplate(db: Db, user: SessionUser, input: { key: string; locale: string } & TemplateContent, meta: AuditMeta) {
  const { issues, rendered } = previewTemplate(input);
  if (issues.length || !rendered) {
    throw new AppError("INVALID_INPUT", { userMessage: "The template has problems: see each field.", fieldErrors: issuesAsFieldErrors(issues) });
  }
  const key = input.key as keyof typeof TEMPLATE_CATALOG;
  const definition = TEMPLATE_CATALOG[key];
  return db.$transaction(async (tx) => {
    const current = await tx.emailTemplate.findFirst({ where: { key, locale: input.locale }, orderBy: { version: "desc" }, select: { id: true, subject: true, html: true, text: true } });
    const unchanged = current && current.subject === input.subject.trim() && current.html === input.html && current.text === input.text;
    const message = await enqueueRenderedEmail(tx, {
      eventKey: `template-test:${randomUUID()}`,
      templateKey: key,
      templateId: unchanged ? current.id : null,
      locale: input.locale as never,
      to: { address: user.email, name: user.name },
      rendered,
      kind: definition.kind,
      autoSubmitted: true,
      unsubscribeUrl: definition.kind === "ALERT" ? "https://trials.example.org/unsubscribe/sample-token" : undefined,
    });
    await tx.auditLog.create({
      data: {
        actorType: "USER",
        actorId: user.id,
        action: "template.test-send",
        entityType: "EmailMessage",
        entityId: message.id,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { key, locale: input.locale },
      },
    });
    return { messageId: message.id, to: user.email };
  });
}
