// One message as its recipient sees it: the HTML and text parts and the headers it is sent with.
// A message rendered at delivery that has not been sent yet is rendered here the same way.
import type { Db } from "../../db/prisma";
import { renderStoredMessage, type RenderVars } from "../../emails/render-stored-message";
import type { EmailKind } from "../../emails/template-catalog";
import { AppError } from "../../lib/app-error";
import { outboxItemSelect } from "./list-outbox";

type Bodies = { html: string; text: string };

type Stored = Bodies & { templateKey: string; kind: EmailKind; locale: string; renderVars: unknown; template: (Bodies & { subject: string }) | null };

function bodiesOf(message: Stored): Bodies {
  if (!message.renderVars) return { html: message.html, text: message.text };
  try {
    return renderStoredMessage({ templateKey: message.templateKey, kind: message.kind, locale: message.locale, renderVars: message.renderVars as RenderVars }, message.template);
  } catch {
    return { html: "", text: "" };
  }
}

export async function getOutboxMessage(db: Db, id: string, mailFrom: string) {
  const message = await db.emailMessage.findUnique({
    where: { id },
    select: {
      ...outboxItemSelect,
      html: true,
      text: true,
      renderVars: true,
      headers: true,
      messageId: true,
      template: { select: { version: true, subject: true, html: true, text: true } },
    },
  });
  if (!message) throw new AppError("NOT_FOUND", { userMessage: "There is no such message." });
  const extra = Object.entries((message.headers ?? {}) as Record<string, string>);
  const headers: [string, string][] = [
    ["From", mailFrom],
    ["To", message.toName ? `${message.toName} <${message.toAddress}>` : message.toAddress],
    ["Subject", message.subject],
    ["Message-ID", message.messageId],
    ...(message.sentAt ? ([["Date", message.sentAt.toUTCString()]] as [string, string][]) : []),
    ...extra,
  ];
  const { headers: _stored, template, renderVars: _vars, ...rest } = message;
  return { ...rest, ...bodiesOf(message), templateVersion: template?.version ?? null, headers };
}
