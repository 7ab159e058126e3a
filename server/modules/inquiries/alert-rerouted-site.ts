// Tells a site's team that an inquiry was moved to them: the same "inquiry.site-alert" message as
// at intake, to the site's alert addresses and its coordinators who receive alerts. No health
// information: a link into the dashboard.
import type { AppDeps } from "../../app-deps";
import type { Tx } from "../../db/prisma";
import { enqueueEmail } from "../../emails/enqueue-email";

type AlertInput = {
  decisionId: string;
  inquiry: { id: string; reference: string; language: string; otherLanguage: string | null };
  study: { nctId: string; title: string };
  site: { id: string; name: string; timeZone: string; languages: string[]; alertEmails: string[] };
  now: Date;
};

export async function alertReroutedSite(deps: AppDeps, tx: Tx, a: AlertInput): Promise<number> {
  const siteLocale = a.site.languages[0] ?? "en";
  const recipients = new Map<string, string>();
  for (const email of a.site.alertEmails) recipients.set(email.toLowerCase(), siteLocale);
  const members = await tx.siteMembership.findMany({ where: { siteId: a.site.id, notify: true, user: { active: true } }, select: { user: { select: { email: true, locale: true } } } });
  for (const m of members) recipients.set(m.user.email.toLowerCase(), m.user.locale ?? siteLocale);
  const language = a.inquiry.otherLanguage ?? a.inquiry.language;
  for (const [address, locale] of recipients) {
    const receivedAt = `${new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: a.site.timeZone }).format(a.now)} (${a.site.timeZone})`;
    await enqueueEmail(tx, {
      // One alert per re-route decision and recipient, however often the transaction is retried.
      eventKey: `inquiry:${a.inquiry.id}:reroute:${a.decisionId}:site-alert:${address}`,
      templateKey: "inquiry.site-alert",
      locale,
      to: { address },
      vars: {
        SITE_NAME: a.site.name,
        STUDY_TITLE: a.study.title,
        NCT_ID: a.study.nctId,
        PREFERRED_LANGUAGE: new Intl.DisplayNames([locale, "en"], { type: "language", fallback: "code" }).of(language) ?? language,
        RECEIVED_AT: receivedAt,
        REFERENCE: a.inquiry.reference,
        INQUIRY_URL: `${deps.publicUrl}/dashboard/inquiries/${a.inquiry.id}`,
      },
      inquiryId: a.inquiry.id,
      autoSubmitted: true,
    });
  }
  return recipients.size;
}
