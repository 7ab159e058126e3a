// THE way to send an e-mail: call enqueueEmail inside the transaction of the change that causes
// it. It renders the message, stores it (status QUEUED) and writes its queue job with that same
// transaction, so the e-mail exists if and only if the change committed. A retried event (same
// eventKey) returns the message already made and creates nothing.
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/prisma";
import { activeQueue } from "../jobs/queue";
import { defaultTemplate } from "./default-templates";
import { displayName, headerValue, isSafeAddress } from "./header-value";
import { renderEmail, type RenderedEmail } from "./render-template";
import {
  FALLBACK_LOCALE,
  TEMPLATE_CATALOG,
  emailLocaleOf,
  isAutomaticVariable,
  type EmailKind,
  type EmailLocale,
  type TemplateKey,
} from "./template-catalog";
import type { TemplateContent } from "./validate-template";

export const SEND_EMAIL_QUEUE = "send-email";

/** The queue job that sends one stored message (at most one waiting per message: singletonKey). */
export const sendEmailJob = (messageId: string) => ({ name: SEND_EMAIL_QUEUE, data: { messageId }, singletonKey: messageId });

export type EnqueueEmailInput = {
  /** Names the event, e.g. `inquiry:<id>:patient-confirmation`; one message per eventKey, ever. */
  eventKey: string;
  templateKey: TemplateKey;
  locale: string;
  to: { address: string; name?: string };
  vars: Record<string, string>;
  kind?: EmailKind;
  unsubscribeUrl?: string;
  inquiryId?: string;
  subscriberId?: string;
  autoSubmitted?: boolean;
};


let messageIdDomain = "trialconnect.local";

/** Message-IDs end in the host people reach the app at (set at start-up from PUBLIC_URL). */
export function setMessageIdDomain(publicUrl: string): void {
  messageIdDomain = new URL(publicUrl).hostname || messageIdDomain;
}

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value) || /[\s<>"]/.test(value)) return false;
  const protocol = new URL(value).protocol;
  return protocol === "https:" || protocol === "http:";
}

/**
 * The declared variables (unknown ones are dropped, so a caller cannot add content a template
 * does not declare) and what is wrong with them: required ones empty, links not http(s).
 * Problems name variables only, never values.
 */
export function checkVariables(key: TemplateKey, vars: Record<string, string>): { vars: Record<string, string>; problems: string[] } {
  const out: Record<string, string> = {};
  const problems: string[] = [];
  for (const [name, variable] of Object.entries(TEMPLATE_CATALOG[key].variables)) {
    if (isAutomaticVariable(name)) continue;
    const given = vars[name];
    const value = typeof given === "string" ? given : "";
    if (variable.required && value.trim() === "") problems.push(`${name} missing`);
    if (variable.format === "url" && value !== "" && !isHttpUrl(value)) {
      problems.push(`${name} not an http(s) URL`);
      out[name] = "";
      continue;
    }
    out[name] = value;
  }
  return { vars: out, problems };
}

export type CurrentTemplate = { id: string | null; version: number; locale: EmailLocale; content: TemplateContent };

/** The version in force for the language, else English; the shipped file if the database has none. */
export async function currentTemplate(tx: Pick<Tx, "emailTemplate">, key: TemplateKey, locale: EmailLocale): Promise<CurrentTemplate> {
  for (const candidate of locale === FALLBACK_LOCALE ? [locale] : [locale, FALLBACK_LOCALE]) {
    const row = await tx.emailTemplate.findFirst({
      where: { key, locale: candidate },
      orderBy: { version: "desc" },
      select: { id: true, version: true, subject: true, html: true, text: true },
    });
    if (row) return { id: row.id, version: row.version, locale: candidate, content: { subject: row.subject, html: row.html, text: row.text } };
  }
  const shipped = defaultTemplate(key, locale) ?? defaultTemplate(key, FALLBACK_LOCALE);
  if (!shipped) throw new Error(`no template for ${key}`);
  return { id: null, version: 0, locale: shipped.locale, content: shipped.content };
}

export function messageHeaders(input: { kind: EmailKind; autoSubmitted: boolean; unsubscribeUrl?: string }): Record<string, string> {
  const headers: Record<string, string> = {};
  if (input.autoSubmitted) headers["Auto-Submitted"] = "auto-generated";
  if (input.kind === "ALERT" && input.unsubscribeUrl) {
    headers["List-Unsubscribe"] = `<${headerValue(input.unsubscribeUrl, 900)}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return headers;
}

export async function enqueueEmail(tx: Tx, input: EnqueueEmailInput): Promise<{ id: string; created: boolean }> {
  const existing = await tx.emailMessage.findUnique({ where: { eventKey: input.eventKey }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };

  const definition = TEMPLATE_CATALOG[input.templateKey];
  if (!definition) throw new Error("enqueueEmail: unknown template key");
  const kind = input.kind ?? definition.kind;
  const autoSubmitted = input.autoSubmitted ?? definition.autoSubmitted;
  const { vars, problems } = checkVariables(input.templateKey, input.vars);
  const template = await currentTemplate(tx, input.templateKey, emailLocaleOf(input.locale));
  const rendered = renderEmail({
    key: input.templateKey,
    locale: template.locale,
    content: template.content,
    vars,
    kind,
    autoSubmitted,
    unsubscribeUrl: kind === "ALERT" ? input.unsubscribeUrl : undefined,
  });
  return enqueueRenderedEmail(tx, { ...input, kind, autoSubmitted, templateId: template.id, locale: template.locale, rendered, problems });
}

export type EnqueueRenderedInput = Omit<EnqueueEmailInput, "vars" | "locale" | "kind" | "autoSubmitted"> & {
  kind: EmailKind;
  autoSubmitted: boolean;
  locale: EmailLocale;
  templateId: string | null;
  rendered: RenderedEmail;
  /** Input problems found by the caller of this function; any makes the message FAILED unsent. */
  problems?: string[];
};

/**
 * Stores an already rendered message and its job (used directly by the admins' test send).
 * Bad input never throws: an exception here would undo the caller's whole change (a patient's
 * inquiry), so the message is stored FAILED, unsent, with the problem named, for admins to see.
 */
export async function enqueueRenderedEmail(tx: Tx, input: EnqueueRenderedInput): Promise<{ id: string; created: boolean }> {
  const problems = [...(input.problems ?? [])];
  if (!isSafeAddress(input.to.address)) problems.push("recipient not a plain e-mail address");
  if (input.kind === "ALERT" && (!input.unsubscribeUrl || !isHttpUrl(input.unsubscribeUrl))) problems.push("unsubscribe URL missing");
  const failed = problems.length > 0;
  const id = randomUUID();
  const rows = await tx.emailMessage.createManyAndReturn({
    data: [
      {
        id,
        eventKey: input.eventKey,
        templateKey: input.templateKey,
        kind: input.kind,
        locale: input.locale,
        templateId: input.templateId,
        toAddress: input.to.address,
        toName: displayName(input.to.name) ?? null,
        subject: input.rendered.subject,
        html: input.rendered.html,
        text: input.rendered.text,
        headers: messageHeaders(input),
        messageId: `<${id}@${messageIdDomain}>`,
        status: failed ? "FAILED" : "QUEUED",
        lastError: failed ? `not sent: ${problems.join("; ")}` : null,
        nextAttemptAt: failed ? null : new Date(),
        inquiryId: input.inquiryId ?? null,
        subscriberId: input.subscriberId ?? null,
      },
    ],
    // Two transactions racing with one eventKey: the second waits for the first and inserts nothing.
    skipDuplicates: true,
    select: { id: true },
  });
  if (rows.length === 0) {
    const existing = await tx.emailMessage.findUniqueOrThrow({ where: { eventKey: input.eventKey }, select: { id: true } });
    return { id: existing.id, created: false };
  }
  if (failed) return { id, created: true };
  // No queue in this process (a CLI task): the row alone is enough, the worker's sweeper sends it.
  await activeQueue()?.sendInTransaction(tx, SEND_EMAIL_QUEUE, { messageId: id }, { singletonKey: id });
  return { id, created: true };
}
