// Writes an accepted inquiry and everything it causes: the inquiry, its routing decision, its
// first status, a note on the earlier inquiry of a repeat, the audit row, its e-mails and the
// stored Idempotency-Key answer; the rows of a whole group commit in one statement, which is its
// own transaction (intake-writer.ts). The e-mails are QUEUED with no due time yet: the e-mail
// worker's dispatcher gives them their queue jobs (email-worker.ts).
// SQL through `pg` rather than Prisma: this is the intake's hot path.
import type { RoutingResult } from "../routing/route-inquiry";
import type { EmailRow } from "./intake-emails";
import type pg from "pg";
import { answerRecord, type IdempotencyClaim, type StoredAnswer } from "./idempotency";
import { EARLIER_INQUIRY_SQL, EARLIER_WINDOW_MS } from "./find-earlier-inquiry";

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
  /** Placed without looking for the person's earlier inquiry: the write skips it if there is one. */
  unchecked?: boolean;
};

// All the inquiries of a group commit in one statement (intake-writer.ts): one round trip to
// PostgreSQL for the whole batch, commit included. Under load the app's writes to PostgreSQL were
// its largest cost, each one waking a database process.
// - The live-update trigger is told to stay quiet (the writer announces after the commit): src's
//   condition sets it for this transaction before src yields its first row, so before any
//   inquiry is inserted, since every insert reads src.
// - An expired Idempotency-Key answer is deleted before the new one is inserted (the insert
//   counts the deleted rows first); a live one makes the insert fail on the unique index, and
//   the whole statement with it. A concurrent request with the same key waits there for this
//   one's commit, then fails the same way.
// - An inquiry placed without looking for the same person's earlier inquiry (submit-inquiry.ts:
//   when routing needs no counts, the intake reads nothing before it writes) is skipped, with all
//   its rows, if there is one; it is not among the ids returned, and is placed again.
const WRITE_SQL = `
WITH src AS MATERIALIZED (
  SELECT r.* FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, reference text, study_id uuid, site_id uuid, first_name text, last_name text,
    email text, phone text, phone_raw text, language text, other_language text, location_input jsonb, latitude double precision,
    longitude double precision, country_code text, location_source text, location_label text, consent_text_version text, at timestamptz,
    source text, partner_id uuid, status text, interpreter_needed boolean, routing_flag text, patient_chose_site boolean,
    duplicate_of_id uuid, sla_due_at timestamptz, chosen_site_id uuid, rule text, candidates jsonb, rules_applied text[],
    decision_reason text, status_reason text, ip text, emails jsonb, answer jsonb, unchecked boolean, earlier_since timestamptz),
  LATERAL (SELECT r.unchecked AS person, r.study_id, r.earlier_since AS since, lower(r.email) AS email, r.phone) q
  WHERE set_config('trialconnect.notify_after_commit', 'on', true) = 'on'
    AND (NOT r.unchecked OR (${EARLIER_INQUIRY_SQL}) IS NULL)
), answer AS MATERIALIZED (
  SELECT a.* FROM src, jsonb_to_record(src.answer) AS a(id uuid, scope text, key text, request_hash text, status_code int, response jsonb,
    created_at timestamptz, expires_at timestamptz)
  WHERE src.answer IS NOT NULL
), expired_answer AS (
  DELETE FROM idempotency_records d USING answer WHERE d.scope = answer.scope AND d.key = answer.key AND d.expires_at < now()
  RETURNING d.id
), stored_answer AS (
  INSERT INTO idempotency_records (id, scope, key, request_hash, status_code, response, created_at, expires_at)
  SELECT id, scope, key, request_hash, status_code, response, created_at, expires_at FROM answer
  WHERE (SELECT count(*) FROM expired_answer) >= 0
), inq AS (
  INSERT INTO inquiries (id, reference, study_id, site_id, first_name, last_name, email, email_normalized, phone, phone_raw,
    language, other_language, location_input, latitude, longitude, country_code, location_source, location_label,
    consent, consent_text_version, consented_at, source, partner_id, status, interpreter_needed, routing_flag,
    patient_chose_site, duplicate_of_id, sla_due_at, last_activity_at, created_at, updated_at)
  SELECT id, reference, study_id, site_id, first_name, last_name, email, lower(email), phone, phone_raw, language, other_language,
    location_input, latitude, longitude, country_code, location_source, location_label, true, consent_text_version, at,
    source::"InquirySource", partner_id, status::"InquiryStatus", interpreter_needed, routing_flag, patient_chose_site,
    duplicate_of_id, sla_due_at, at, at, at
  FROM src
  RETURNING id
), decision AS (
  INSERT INTO routing_decisions (id, inquiry_id, chosen_site_id, rule, interpreter_needed, candidates, rules_applied, reason, created_at)
  SELECT gen_random_uuid(), id, chosen_site_id, rule, interpreter_needed, candidates, rules_applied, decision_reason, at FROM src
), history AS (
  INSERT INTO inquiry_status_changes (id, inquiry_id, from_status, to_status, reason, created_at)
  SELECT gen_random_uuid(), id, NULL, status::"InquiryStatus", status_reason, at FROM src
), repeat_note AS (
  INSERT INTO activities (id, inquiry_id, type, body, metadata, created_at)
  SELECT gen_random_uuid(), duplicate_of_id, 'NOTE', NULL, jsonb_build_object('event', 'REPEAT_INQUIRY', 'inquiryId', id), at
  FROM src WHERE duplicate_of_id IS NOT NULL
), audit AS (
  INSERT INTO audit_log (id, actor_type, action, entity_type, entity_id, site_id, ip, metadata, created_at)
  SELECT gen_random_uuid(), 'PUBLIC', 'inquiry.create', 'inquiry', id::text, site_id, ip, jsonb_build_object('status', status, 'rule', rule), at
  FROM src
), emails AS (
  INSERT INTO email_messages (id, event_key, template_key, kind, locale, template_id, to_address, to_name, subject, html, text, render_vars,
    headers, message_id, status, last_error, next_attempt_at, inquiry_id, created_at, updated_at)
  SELECT e.id, e.event_key, e.template_key, e.kind::"EmailKind", e.locale, e.template_id, e.to_address, e.to_name, e.subject, e.html, e.text,
    e.render_vars, e.headers, e.message_id, e.status::"EmailStatus", e.last_error, e.next_attempt_at, src.id, src.at, src.at
  FROM src, jsonb_to_recordset(src.emails) AS e(id uuid, event_key text, template_key text, kind text, locale text, template_id uuid,
    to_address text, to_name text, subject text, html text, text text, render_vars jsonb, headers jsonb, message_id text, status text,
    last_error text, next_attempt_at timestamptz)
  ON CONFLICT (event_key) DO NOTHING
)
SELECT id FROM inq`;

/** The statement that writes a group commit's inquiries (records from recordInquiry); its rows are the ids written. */
export function writeInquiriesQuery(records: unknown[]): pg.QueryConfig {
  // Named: parsed and planned once per connection, not on every batch.
  return { name: "intake-write", text: WRITE_SQL, values: [JSON.stringify(records)] };
}

/** An inquiry's record for writeInquiriesQuery. */
export function recordInquiry(r: RecordInquiryInput): Record<string, unknown> {
  const q = r.inquiry;
  return {
    id: q.id, reference: q.reference, study_id: q.studyId, site_id: q.siteId, first_name: q.firstName, last_name: q.lastName,
    email: q.email, phone: q.phone, phone_raw: q.phoneRaw, language: q.language, other_language: q.otherLanguage,
    location_input: q.locationInput ?? null, latitude: q.location?.lat ?? null, longitude: q.location?.lon ?? null,
    country_code: q.countryCode, location_source: q.location?.source ?? null, location_label: q.location?.label ?? null,
    consent_text_version: CONSENT_TEXT_VERSION, at: q.now, source: q.source, partner_id: q.partnerId, status: q.status,
    interpreter_needed: r.routing.interpreterNeeded, routing_flag: r.routing.flag, patient_chose_site: r.routing.rule === "PATIENT_CHOICE",
    duplicate_of_id: q.duplicateOfId, sla_due_at: q.slaDueAt, chosen_site_id: r.routing.siteId, rule: r.routing.rule,
    candidates: r.routing.candidates, rules_applied: r.routing.rulesApplied, decision_reason: r.decisionReason,
    status_reason: r.statusReason, ip: r.ip, emails: r.emails,
    answer: r.idempotency ? answerRecord(r.idempotency.claim, r.idempotency.answer, q.now) : null,
    unchecked: r.unchecked ?? false,
    earlier_since: new Date(q.now.getTime() - EARLIER_WINDOW_MS),
  };
}
