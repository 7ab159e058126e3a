// The same person (e-mail or phone) asking about the same study within 30 days, not counting
// inquiries kept as spam or duplicates: the new one is linked to it (status DUPLICATE, the
// earlier inquiry's site, no second site alert). Read together with the routing counts, in
// load-routing-candidates.ts's one statement; or, when routing needs no counts, checked by the
// write itself, which then skips the inquiry (record-inquiry.ts).
export const EARLIER_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export type EarlierInquiry = { id: string; siteId: string | null };
export type PersonQuery = { studyId: string; email: string; phone: string };

/**
 * A scalar subquery over a question row `q` (load-routing-candidates.ts, record-inquiry.ts): q.person
 * (look at all?), q.study_id, q.since, q.email (lower case), q.phone (E.164). It runs in a prepared
 * statement, and a generic plan must not depend on the
 * table's statistics: offered `study_id = $7 AND created_at >= $8`, the planner picks the study's
 * index whenever it thinks the table small (a new install, a burst before autovacuum's next
 * ANALYZE), and then reads every recent inquiry of the study on every submission. Behind the
 * OFFSET 0 fence the only conditions are the e-mail and phone equalities, so their indexes are the
 * only way in, and the few rows one person has are filtered afterwards.
 */
export const EARLIER_INQUIRY_SQL = `
  SELECT json_build_object('id', p.id, 'siteId', p.site_id) FROM (
    SELECT i.id, i.site_id, i.study_id, i.created_at, i.status FROM inquiries i WHERE q.person AND i.email_normalized = q.email
    UNION
    SELECT i.id, i.site_id, i.study_id, i.created_at, i.status FROM inquiries i WHERE q.person AND i.phone = q.phone
    OFFSET 0
  ) p
  WHERE p.study_id = q.study_id AND p.created_at >= q.since AND p.status NOT IN ('SPAM', 'DUPLICATE')
  ORDER BY p.created_at ASC, p.id
  LIMIT 1`;

/** The question row's columns for EARLIER_INQUIRY_SQL. */
export function earlierInquiryQuestion(person: PersonQuery | null, now: Date) {
  return person
    ? { person: true, study_id: person.studyId, since: new Date(now.getTime() - EARLIER_WINDOW_MS), email: person.email.toLowerCase(), phone: person.phone }
    : { person: false, study_id: null, since: now, email: "", phone: "" };
}
