// When an inquiry's planned follow-up (next_follow_up_at) falls due, reminds its assignee or,
// when nobody (active) is assigned, the site's coordinators who receive alerts. One message per
// inquiry, planned time and person, ever: planning a new follow-up date makes a new reminder.
import { Prisma } from "../../generated/prisma/client";
import { CLOSED_STATUSES } from "../../../shared/inquiry-status";
import { enqueueEmail } from "../../emails/enqueue-email";
import { formatForRecipient } from "./format-for-recipient";
import type { ReminderDeps } from "./send-sla-reminders";

const CATCH_UP_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;

type Due = {
  inquiryId: string;
  reference: string;
  followUpAt: Date;
  siteName: string | null;
  timeZone: string | null;
  siteLanguage: string | null;
  studyTitle: string;
  userId: string;
  email: string;
  userName: string;
  locale: string | null;
};

export const followUpReminderKey = (inquiryId: string, followUpAt: Date, userId: string) =>
  `inquiry:${inquiryId}:follow-up-reminder:${followUpAt.getTime()}:${userId}`;

export async function sendFollowUpReminders(deps: ReminderDeps, opts: { now: Date }): Promise<number> {
  const since = new Date(opts.now.getTime() - CATCH_UP_MS);
  const closed = Prisma.join(CLOSED_STATUSES.map((s) => Prisma.sql`${s}::"InquiryStatus"`));
  let sent = 0;
  for (let round = 0; round < 100; round++) {
    const due = await deps.db.$queryRaw<Due[]>`
      SELECT i.id AS "inquiryId", i.reference, i.next_follow_up_at AS "followUpAt",
             s.name AS "siteName", s.time_zone AS "timeZone", s.languages[1] AS "siteLanguage", st.title AS "studyTitle",
             r.id AS "userId", r.email, r.name AS "userName", r.locale
      FROM inquiries i
      LEFT JOIN sites s ON s.id = i.site_id
      JOIN studies st ON st.id = i.study_id
      JOIN LATERAL (
        SELECT a.id, a.email, a.name, a.locale FROM users a WHERE a.id = i.assignee_id AND a.active
        UNION ALL
        SELECT u.id, u.email, u.name, u.locale
        FROM site_memberships m JOIN users u ON u.id = m.user_id AND u.active
        WHERE m.site_id = i.site_id AND m.notify
          AND NOT EXISTS (SELECT 1 FROM users a WHERE a.id = i.assignee_id AND a.active)
      ) r ON true
      WHERE i.next_follow_up_at <= ${opts.now} AND i.next_follow_up_at > ${since}
        AND i.anonymized_at IS NULL AND i.status NOT IN (${closed})
        AND NOT EXISTS (SELECT 1 FROM email_messages e
                        WHERE e.event_key = 'inquiry:' || i.id || ':follow-up-reminder:'
                          || (extract(epoch FROM i.next_follow_up_at) * 1000)::bigint || ':' || r.id)
      ORDER BY i.next_follow_up_at, i.id, r.id
      LIMIT ${BATCH}`;
    if (due.length === 0) return sent;
    await deps.db.$transaction(async (tx) => {
      for (const d of due) {
        const locale = d.locale ?? d.siteLanguage ?? "en";
        const message = await enqueueEmail(tx, {
          eventKey: followUpReminderKey(d.inquiryId, d.followUpAt, d.userId),
          templateKey: "sla.follow-up-reminder",
          locale,
          to: { address: d.email, name: d.userName },
          vars: {
            RECIPIENT_NAME: d.userName,
            SITE_NAME: d.siteName ?? "Central coordinator queue",
            REFERENCE: d.reference,
            STUDY_TITLE: d.studyTitle,
            FOLLOW_UP_AT: formatForRecipient(d.followUpAt, locale, d.timeZone ?? "UTC"),
            INQUIRY_URL: `${deps.publicUrl}/dashboard/inquiries/${d.inquiryId}`,
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
