// The e-mails an accepted inquiry causes (the family's copy and the new-inquiry alerts), stored by
// record-inquiry.ts's statement: the messages enqueueEmail would write (server/emails/
// enqueue-email.ts; docs/email.md) with templates from the intake's cache, except that only the
// subject is rendered here. The bodies are rendered at delivery from the stored template version
// and checked variables (server/emails/render-stored-message.ts): written at intake, they were
// about 15 KB per inquiry for PostgreSQL to compress and log, a fifth of the CPU of an inquiry.
import { randomUUID } from "node:crypto";
import { checkVariables, messageHeaders } from "../../emails/enqueue-email";
import { displayName, isSafeAddress } from "../../emails/header-value";
import type { RenderVars } from "../../emails/render-stored-message";
import { renderSubject } from "../../emails/render-template";
import { TEMPLATE_CATALOG, emailLocaleOf, type TemplateKey } from "../../emails/template-catalog";
import type { IntakeCatalog, IntakeSite, Recipient } from "./intake-catalog";

/** A row of email_messages, in the shape the write statement reads with jsonb_to_recordset. */
export type EmailRow = {
  id: string; event_key: string; template_key: string; kind: string; locale: string; template_id: string | null;
  to_address: string; to_name: string | null; subject: string; html: string; text: string; render_vars: RenderVars; headers: Record<string, string>;
  message_id: string; status: "QUEUED" | "FAILED"; last_error: string | null; next_attempt_at: string | null;
};

type EmailInput = { eventKey: string; templateKey: TemplateKey; locale: string; to: { address: string; name?: string }; vars: Record<string, string>; autoSubmitted?: boolean };

async function buildRow(catalog: IntakeCatalog, messageIdDomain: string, input: EmailInput): Promise<EmailRow> {
  const definition = TEMPLATE_CATALOG[input.templateKey];
  const kind = definition.kind;
  const autoSubmitted = input.autoSubmitted ?? definition.autoSubmitted;
  const { vars, problems } = checkVariables(input.templateKey, input.vars);
  const template = await catalog.template(input.templateKey, emailLocaleOf(input.locale));
  const subject = renderSubject({ key: input.templateKey, locale: template.locale, content: template.content, vars });
  if (!isSafeAddress(input.to.address)) problems.push("recipient not a plain e-mail address");
  if (kind === "ALERT") problems.push("unsubscribe URL missing");
  const failed = problems.length > 0;
  const id = randomUUID();
  return {
    id,
    event_key: input.eventKey,
    template_key: input.templateKey,
    kind,
    locale: template.locale,
    template_id: template.id,
    to_address: input.to.address,
    to_name: displayName(input.to.name) ?? null,
    subject,
    html: "",
    text: "",
    render_vars: { vars, autoSubmitted },
    headers: messageHeaders({ kind, autoSubmitted }),
    message_id: `<${id}@${messageIdDomain}>`,
    status: failed ? "FAILED" : "QUEUED",
    // Names variables and checks only, never values.
    last_error: failed ? `not sent: ${problems.join("; ")}` : null,
    // None yet: the dispatcher of the e-mail worker (email-worker.ts) picks up QUEUED rows without
    // one, gives them their queue jobs and sets it.
    next_attempt_at: null,
  };
}

/** Who the patient's copy names when no site could take the inquiry (central queue). */
const CENTRAL_TEAM: Record<string, string> = {
  en: "the study's central team",
  ar: "الفريق المركزي للدراسة",
  es: "el equipo central del estudio",
  fr: "l'équipe centrale de l'étude",
};
const centralTeamName = (language: string) => CENTRAL_TEAM[language.split("-")[0]!.toLowerCase()] ?? CENTRAL_TEAM.en!;

// Intl formatters cost more to build than the rest of an alert, and even using them shows under
// load: keep their results, bounded (a time to the minute, which is all the format shows).
const BOUND = 500;
function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= BOUND) cache.clear();
    cache.set(key, value);
  }
  return value;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const formattedTimes = new Map<string, string>();
const languageNames = new Map<string, string>();
function receivedAt(locale: string, timeZone: string, at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  return remember(formattedTimes, `${locale}|${timeZone}|${minute}`, () => {
    const f = remember(dateFormats, `${locale}|${timeZone}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }));
    return `${f.format(new Date(minute * 60_000))} (${timeZone})`;
  });
}
function languageName(locale: string, language: string): string {
  return remember(languageNames, `${locale}|${language}`, () => new Intl.DisplayNames([locale, "en"], { type: "language", fallback: "code" }).of(language) ?? language);
}

export type InquiryEmailsInput = {
  inquiryId: string;
  reference: string;
  study: { nctId: string; title: string };
  site: IntakeSite | null;
  patient: { email: string; firstName: string; lastName: string; language: string };
  alertSite: boolean;
  publicUrl: string;
  now: Date;
};

/** The family's copy, then (unless a repeat) one alert per recipient: site alert addresses and notified members, or the admins for the central queue. */
export async function inquiryEmails(catalog: IntakeCatalog, messageIdDomain: string, e: InquiryEmailsInput): Promise<EmailRow[]> {
  const { site, patient, study } = e;
  const rows = [
    await buildRow(catalog, messageIdDomain, {
      eventKey: `inquiry:${e.inquiryId}:patient-confirmation`,
      templateKey: "inquiry.patient-confirmation",
      locale: patient.language,
      to: { address: patient.email, name: `${patient.firstName} ${patient.lastName}` },
      vars: {
        FIRST_NAME: patient.firstName,
        SITE_NAME: site?.name ?? centralTeamName(patient.language),
        STUDY_TITLE: study.title,
        STUDY_URL: `${e.publicUrl}/studies/${study.nctId}`,
        NCT_ID: study.nctId,
        REFERENCE: e.reference,
        NOTIFY_URL: `${e.publicUrl}/notifications/subscribe?nctId=${study.nctId}`,
      },
    }),
  ];
  if (!e.alertSite) return rows;
  const recipients = new Map<string, string>();
  const siteLocale = site?.languages[0] ?? "en";
  const add = (list: Recipient[], fallback: string) => {
    for (const r of list) recipients.set(r.email.toLowerCase(), r.locale ?? fallback);
  };
  if (site) {
    for (const address of site.alertEmails) recipients.set(address.toLowerCase(), siteLocale);
    add(site.members, siteLocale);
  } else {
    add(await catalog.admins(), "en");
  }
  const timeZone = site?.timeZone ?? "UTC";
  for (const [address, locale] of recipients) {
    rows.push(
      await buildRow(catalog, messageIdDomain, {
        eventKey: `inquiry:${e.inquiryId}:site-alert:${address}`,
        templateKey: "inquiry.site-alert",
        locale,
        to: { address },
        vars: {
          SITE_NAME: site?.name ?? "Central coordinator queue",
          STUDY_TITLE: study.title,
          NCT_ID: study.nctId,
          PREFERRED_LANGUAGE: languageName(locale, patient.language),
          RECEIVED_AT: receivedAt(locale, timeZone, e.now),
          REFERENCE: e.reference,
          INQUIRY_URL: `${e.publicUrl}/dashboard/inquiries/${e.inquiryId}`,
        },
        autoSubmitted: true,
      }),
    );
  }
  return rows;
}
