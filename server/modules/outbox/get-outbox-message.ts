// One message as its recipient sees it: the HTML and text parts and the headers it is sent with.
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import { outboxItemSelect } from "./list-outbox";

export async function getOutboxMessage(db: Db, id: string, mailFrom: string) {
  const message = await db.emailMessage.findUnique({
    where: { id },
    select: { ...outboxItemSelect, html: true, text: true, headers: true, messageId: true, template: { select: { version: true } } },
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
  const { headers: _stored, template, ...rest } = message;
  return { ...rest, templateVersion: template?.version ?? null, headers };
}
