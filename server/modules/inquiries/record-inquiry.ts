// Writes an accepted inquiry and everything it causes: the inquiry, its routing decision, its
// first status, a note on the earlier inquiry of a repeat, the audit row, its e-mails and the
// stored Idempotency-Key answer, in one statement of one transaction. The e-mails are QUEUED with
// no due time yet: the e-mail worker's dispatcher gives them their queue jobs (email-worker.ts).
// SQL through `pg` rather than Prisma: this is the intake's hot path.
import type { RoutingResult } from "../routing/route-inquiry";
import type { EmailRow } from "./intake-emails";
import type { WriteUnit } from "./intake-writer";
import { storeAnswerStatements, type IdempotencyClaim, type StoredAnswer } from "./idempotency";

export const CONSENT_TEXT_VERSION = "2025-01";
export const REFERENCE_CONSTRAINT = "inquiries_reference_key";

export type InquiryRow = {
  id: string; reference: string; studyId: string; siteId: string | null;
  firstName: string; lastName: string; email: string; phone: string; phoneRaw: string;
  language: string; otherLanguage: string | null; locationInput: unknown;
  location: { lat: number; lon: number; source: string; label: string } | null; countryCode: string | null;
  source: string; partnerId: string | null; status: "NEW" | "SPAM" | "DUPLICATE";
  duplicateOfId: string | null; slaDueAt: Date | null; now: Date;
};

export type RecordInquiryInput = {
  inquiry: InquiryRow;
  routing: RoutingResult;
  statusReason: string | null;
  decisionReason: string | null;
  ip: string | null;
  emails: EmailRow[];
  idempotency?: { claim: IdempotencyClaim; answer: StoredAnswer };
};

const WRITE_SQL = `
WITH inq AS (
  INSERT INTO inquiries (id, reference, study_id, site_id, first_name, last_name, email, email_normalized, phone, phone_raw,
    language, other_language, location_input, latitude, longitude, country_code, location_source, location_label,
    consent, consent_text_version, consented_at, source, partner_id, status, interpreter_needed, routing_flag,
    patient_chose_site, duplicate_of_id, sla_due_at, last_activity_at, created_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, lower($7), $8, $9, $10, $11, $12::jsonb, $13, $14, $15, $16, $17,
    true, $18, $19, $20::"InquirySource", $21, $22::"InquiryStatus", $23, $24, $25, $26, $27, $19, $19, $19)
  RETURNING id
), decision AS (
  INSERT INTO routing_decisions (id, inquiry_id, chosen_site_id, rule, interpreter_needed, candidates, rules_applied, reason, created_at)
  SELECT gen_random_uuid(), inq.id, $28, $29, $23, $30::jsonb, $31::text[], $32, $19 FROM inq
), history AS (
  INSERT INTO inquiry_status_changes (id, inquiry_id, from_status, to_status, reason, created_at)
  SELECT gen_random_uuid(), inq.id, NULL, $22::"InquiryStatus", $33, $19 FROM inq
), repeat_note AS (
  INSERT INTO activities (id, inquiry_id, type, body, metadata, created_at)
  SELECT gen_random_uuid(), $26, 'NOTE', NULL, jsonb_build_object('event', 'REPEAT_INQUIRY', 'inquiryId', inq.id), $19 FROM inq WHERE $26::uuid IS NOT NULL
), audit AS (
  INSERT INTO audit_log (id, actor_type, action, entity_type, entity_id, site_id, ip, metadata, created_at)
  SELECT gen_random_uuid(), 'PUBLIC', 'inquiry.create', 'inquiry', inq.id::text, $4, $34, jsonb_build_object('status', $22::text, 'rule', $29::text), $19 FROM inq
), emails AS (
  INSERT INTO email_messages (id, event_key, template_key, kind, locale, template_id, to_address, to_name, subject, html, text, render_vars,
    headers, message_id, status, last_error, next_attempt_at, inquiry_id, created_at, updated_at)
  SELECT e.id, e.event_key, e.template_key, e.kind::"EmailKind", e.locale, e.template_id, e.to_address, e.to_name, e.subject, e.html, e.text,
    e.render_vars, e.headers, e.message_id, e.status::"EmailStatus", e.last_error, e.next_attempt_at, inq.id, $19, $19
  FROM inq, jsonb_to_recordset($35::jsonb) AS e(id uuid, event_key text, template_key text, kind text, locale text, template_id uuid,
    to_address text, to_name text, subject text, html text, text text, render_vars jsonb, headers jsonb, message_id text, status text,
    last_error text, next_attempt_at timestamptz)
  ON CONFLICT (event_key) DO NOTHING
)
SELECT id FROM inq`;

export function recordInquiry(r: RecordInquiryInput): WriteUnit<{ id: string }> {
  const q = r.inquiry;
  const values = [
    q.id, q.reference, q.studyId, q.siteId, q.firstName, q.lastName, q.email, q.phone, q.phoneRaw, q.language, // 1-10
    q.otherLanguage, q.locationInput === undefined || q.locationInput === null ? null : JSON.stringify(q.locationInput), // 11-12
    q.location?.lat ?? null, q.location?.lon ?? null, q.countryCode, q.location?.source ?? null, q.location?.label ?? null, // 13-17
    CONSENT_TEXT_VERSION, q.now, q.source, q.partnerId, q.status, r.routing.interpreterNeeded, r.routing.flag, // 18-24
    r.routing.rule === "PATIENT_CHOICE", q.duplicateOfId, q.slaDueAt, // 25-27
    r.routing.siteId, r.routing.rule, JSON.stringify(r.routing.candidates), r.routing.rulesApplied, r.decisionReason, // 28-32
    r.statusReason, r.ip, JSON.stringify(r.emails), // 33-35
  ];
  return async (client) => {
    if (r.idempotency) {
      const [drop, store] = storeAnswerStatements(r.idempotency.claim, r.idempotency.answer, q.now);
      await client.query(drop!);
      // First, so that a concurrent retry with the same key fails here before any other work.
      await client.query(store!);
    }
    // Named: parsed and planned once per connection, not on every inquiry.
    const { rows } = await client.query<{ id: string }>({ name: "intake-write", text: WRITE_SQL, values });
    return { id: rows[0]!.id };
  };
}
