// The same person (e-mail or phone) asking about the same study within 30 days, not counting
// inquiries kept as spam or duplicates: the new one is linked to it (status DUPLICATE, the
// earlier inquiry's site, no second site alert). Read together with the routing counts, in
// load-routing-candidates.ts's one statement.
export const EARLIER_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export type EarlierInquiry = { id: string; siteId: string | null };
export type PersonQuery = { studyId: string; email: string; phone: string };

/** A scalar subquery over parameters $6 (look at all?), $7 study, $8 since, $9 e-mail (lower case), $10 phone (E.164). */
export const EARLIER_INQUIRY_SQL = `
  SELECT json_build_object('id', i.id, 'siteId', i.site_id) FROM inquiries i
  WHERE $6::boolean AND i.study_id = $7::uuid AND i.created_at >= $8
    AND i.status NOT IN ('SPAM', 'DUPLICATE')
    AND (i.email_normalized = $9 OR i.phone = $10)
  ORDER BY i.created_at ASC
  LIMIT 1`;

export function earlierInquiryParams(person: PersonQuery | null, now: Date): unknown[] {
  return person
    ? [true, person.studyId, new Date(now.getTime() - EARLIER_WINDOW_MS), person.email.toLowerCase(), person.phone]
    : [false, null, now, "", ""];
}
