// Saving never edits: it adds the next version (the highest version is the one in force) and its
// audit row in one transaction. A template with any problem is refused with each problem's field,
// line and column; saving over a version the editor did not start from is refused as a conflict.
import type { Db } from "../../db/prisma";
import { validateTemplate, type TemplateContent } from "../../emails/validate-template";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { templateRef, versionSelect } from "./template-access";

export type AuditMeta = { ip: string | null; userAgent: string | null };

export function issuesAsFieldErrors(issues: ReturnType<typeof validateTemplate>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[issue.field] ??= []).push(issue.message);
  return out;
}

export async function saveTemplate(
  db: Db,
  user: SessionUser,
  input: { key: string; locale: string; baseVersion: number } & TemplateContent,
  meta: AuditMeta,
) {
  const { key, locale } = templateRef(input);
  const content = { subject: input.subject.trim(), html: input.html, text: input.text };
  const issues = validateTemplate(key, content);
  if (issues.length) {
    throw new AppError("INVALID_INPUT", { userMessage: "The template has problems: see each field.", fieldErrors: issuesAsFieldErrors(issues) });
  }
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.emailTemplate.findFirst({ where: { key, locale }, orderBy: { version: "desc" }, select: versionSelect });
      if ((current?.version ?? 0) !== input.baseVersion) throw new AppError("CONFLICT");
      if (current && current.subject === content.subject && current.html === content.html && current.text === content.text) {
        return { saved: false, template: current };
      }
      const created = await tx.emailTemplate.create({
        data: { key, locale, version: (current?.version ?? 0) + 1, ...content, createdById: user.id },
        select: versionSelect,
      });
      await tx.auditLog.create({
        data: {
          actorType: "USER",
          actorId: user.id,
          action: "template.update",
          entityType: "EmailTemplate",
          entityId: created.id,
          ip: meta.ip,
          userAgent: meta.userAgent,
          metadata: { key, locale, version: created.version },
        },
      });
      return { saved: true, template: created };
    });
  } catch (error) {
    // Two admins saving the same base version at once: the unique (key, locale, version) decides.
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT");
    throw error;
  }
}
