// Reminds a site's coordinators (site_memberships.notify, active users) of each inquiry whose
// first contact falls due within the lead time: one message per inquiry, site and coordinator,
// ever (the eventKey), however often or in however many processes this runs. Inquiries already
// contacted, closed or anonymised get none. A due time missed while no server ran is still
// reminded within CATCH_UP, so a restart does not silently skip reminders.
import { Prisma } from "../../generated/prisma/client";
import { CLOSED_STATUSES } from "../../../shared/inquiry-status";
import type { Db } from "../../db/prisma";
import { enqueueEmail } from "../../emails/enqueue-email";
import { formatForRecipient } from "./format-for-recipient";

const CATCH_UP_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;

export type ReminderDeps = { db: Db; publicUrl: string };

type Due = {
  inquiryId: string;
  reference: string;
  siteId: string;
  dueAt: Date;
  siteName: string;
  timeZone: string;
  siteLanguage: string | null;
  studyTitle: string;
  userId: string;
  email: string;
  userName: string;
  locale: string | null;
  overdue: bigint;
};

export const slaReminderKey = (inquiryId: string, siteId: string, userId: string) => `inquiry:${inquiryId}:sla-reminder:${siteId}:${userId}`;

export async function sendSlaReminders(deps: ReminderDeps, opts: { now: Date; leadMinutes: number }): Promise<number> {
  const until = new Date(opts.now.getTime() + opts.leadMinutes * 60_000);
  const since = new Date(opts.now.getTime() - CATCH_UP_MS);
  const closed = Prisma.join(CLOSED_STATUSES.map((s) => Prisma.sql`${s}::"InquiryStatus"`));
  let sent = 0;
  // Each round leaves the pairs it handled out of the next one; the bound is a safety net.
  for (let round = 0; round < 100; round++) {
    // Only pairs without a message yet, so a rerun reads little and renders nothing.
    const due = await deps.db.$queryRaw<Due[]>`
      SELECT i.id AS "inquiryId", i.reference, i.site_id AS "siteId", i.sla_due_at AS "dueAt",
             s.name AS "siteName", s.time_zone AS "timeZone", s.languages[1] AS "siteLanguage", st.title AS "studyTitle",
             u.id AS "userId", u.email, u.name AS "userName", u.locale,
             (SELECT count(*) FROM inquiries o
               WHERE o.site_id = i.site_id AND o.first_contact_at IS NULL AND o.anonymized_at IS NULL
                 AND o.sla_due_at < ${opts.now} AND o.status NOT IN (${closed})) AS overdue
      FROM inquiries i
      JOIN sites s ON s.id = i.site_id
      JOIN studies st ON st.id = i.study_id
      JOIN site_memberships m ON m.site_id = i.site_id AND m.notify
      JOIN users u ON u.id = m.user_id AND u.active
      WHERE i.first_contact_at IS NULL AND i.anonymized_at IS NULL AND i.status NOT IN (${closed})
        AND i.sla_due_at <= ${until} AND i.sla_due_at > ${since}
        AND NOT EXISTS (SELECT 1 FROM email_messages e
                        WHERE e.event_key = 'inquiry:' || i.id || ':sla-reminder:' || i.site_id || ':' || u.id)
      ORDER BY i.sla_due_at, i.id, u.id
      LIMIT ${BATCH}`;
    if (due.length === 0) return sent;
    await deps.db.$transaction(async (tx) => {
      for (const d of due) {
        const locale = d.locale ?? d.siteLanguage ?? "en";
        const message = await enqueueEmail(tx, {
          eventKey: slaReminderKey(d.inquiryId, d.siteId, d.userId),
          templateKey: "sla.reminder",
          locale,
          to: { address: d.email, name: d.userName },
          vars: {
            RECIPIENT_NAME: d.userName,
            SITE_NAME: d.siteName,
            REFERENCE: d.reference,
            STUDY_TITLE: d.studyTitle,
            DUE_AT: formatForRecipient(d.dueAt, locale, d.timeZone),
            INQUIRY_URL: `${deps.publicUrl}/dashboard/inquiries/${d.inquiryId}`,
            OVERDUE_COUNT: String(d.overdue),
            INBOX_URL: `${deps.publicUrl}/dashboard`,
          },
          inquiryId: d.inquiryId,
        });
        if (message.created) sent++;
      }
    });
    if (due.length < BATCH) return sent;
  }
  return sent;
}
