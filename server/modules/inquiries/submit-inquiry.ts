// The one intake service behind the public form, the embed and the JSON API: validate, place,
// route and record an inquiry with its routing decision, status history, audit row and the
// e-mails it causes, all in one transaction. Never drops an inquiry that passed validation.
// The hot path of the public side: SQL through `pg` (intake-catalog.ts, load-routing-candidates.ts,
// record-inquiry.ts, intake-writer.ts), no Prisma; docs/public-api.md, "Speed".
import type pg from "pg";
import { publicInquiryInputSchema } from "../../../shared/schemas/public-inquiry";
import { AppError } from "../../lib/app-error";
import { intakeLoad, type LoadGauge } from "../../lib/load-gauge";
import { resolveLocation, countryCodeOf } from "../geo/locate";
import { createIntakeCatalog, type IntakeCatalog } from "./intake-catalog";
import { createIntakeWriter, type IntakeWriter } from "./intake-writer";
import { candidateOf, countsNeeded, createRoutingFactsReader, type FactsQuestion, type RoutingFacts, type RoutingFactsReader } from "./load-routing-candidates";
import { toE164 } from "./normalize-phone";
import { findAnswer, IDEMPOTENCY_CONSTRAINT, requestHash, type StoredAnswer } from "./idempotency";
import { placeInquiry } from "./place-inquiry";
import { recordInquiry, REFERENCE_CONSTRAINT, writeInquiriesQuery } from "./record-inquiry";

/** Faster than a person can fill in the form: treated as automated. */
const MIN_FILL_MS = 3000;
const OPEN_STUDY_STATUSES = new Set(["RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION"]);
const KEY_REUSED = "This Idempotency-Key was already used with a different request.";

/** `load` counts submissions, so that background work in this process can step aside (load-gauge.ts). */
export type IntakeDeps = { pool: pg.Pool; catalog: IntakeCatalog; facts: RoutingFactsReader; writer: IntakeWriter; publicUrl: string; load: LoadGauge };
export type SubmitContext = { ip: string | null; idempotencyKey?: string; now?: Date; partnerId?: string | null };

export function createIntake(pool: pg.Pool, publicUrl: string): IntakeDeps {
  return {
    pool,
    catalog: createIntakeCatalog(pool),
    facts: createRoutingFactsReader(pool),
    writer: createIntakeWriter(pool, writeInquiriesQuery),
    publicUrl,
    load: intakeLoad,
  };
}

export function zodIssuesToFieldErrors(issues: { path: PropertyKey[]; message: string; code?: string; keys?: string[] }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const base = issue.path.map(String);
    if (issue.code === "unrecognized_keys" && issue.keys) {
      for (const key of issue.keys) (out[[...base, key].join(".")] ??= []).push("Unknown field.");
    } else {
      (out[base.join(".") || "_"] ??= []).push(issue.message);
    }
  }
  return out;
}

const keyReused = () => new AppError("INVALID_INPUT", { userMessage: KEY_REUSED, fieldErrors: { "Idempotency-Key": [KEY_REUSED] } });
const uniqueViolation = (error: unknown, constraint: string) =>
  (error as { code?: string; constraint?: string }).code === "23505" && (error as { constraint?: string }).constraint === constraint;

export async function submitInquiry(deps: IntakeDeps, nctId: string, body: unknown, ctx: SubmitContext): Promise<StoredAnswer> {
  deps.load.mark();
  const now = ctx.now ?? new Date();
  const scope = `inquiry:${nctId.toUpperCase()}`;
  // Only a request with an Idempotency-Key is compared with another.
  const hash = ctx.idempotencyKey ? requestHash(body) : "";
  if (ctx.idempotencyKey) {
    const earlier = await findAnswer(deps.pool, scope, ctx.idempotencyKey, hash);
    if (earlier.kind === "replay") return earlier.answer;
    if (earlier.kind === "mismatch") throw keyReused();
  }

  const parsed = publicInquiryInputSchema.safeParse(body);
  if (!parsed.success) throw new AppError("INVALID_INPUT", { fieldErrors: zodIssuesToFieldErrors(parsed.error.issues) });
  const input = parsed.data;

  const study = await deps.catalog.study(nctId.toUpperCase());
  if (!study) throw new AppError("NOT_FOUND", { userMessage: "Study not found.", fieldErrors: { nctId: ["Study not found."] } });
  if (!OPEN_STUDY_STATUSES.has(study.overallStatus)) {
    throw new AppError("CONFLICT", { userMessage: "This study is not accepting inquiries.", fieldErrors: { nctId: ["This study is not accepting inquiries."] } });
  }

  const location = input.location ? await resolveLocation(input.location) : null;
  const givenCountry = input.location?.country ? countryCodeOf(input.location.country) : null;
  const countryCode = location?.countryCode ?? givenCountry;
  const phone = toE164(input.phone, countryCode);
  if (!phone) {
    throw new AppError("INVALID_INPUT", { fieldErrors: { phone: ["Enter a valid phone number, with the country code (for example +20 …)."] } });
  }

  const suspicious = (input.website ?? "") !== "" || (input.formShownAt !== undefined && now.getTime() - input.formShownAt < MIN_FILL_MS);
  const question: FactsQuestion = {
    candidates: study.sites.map(candidateOf),
    patient: { lat: location?.lat ?? null, lon: location?.lon ?? null },
    person: suspicious ? null : { studyId: study.id, email: input.email, phone },
    now,
  };
  // When routing needs no counts, nothing is read before the write: the write itself looks for the
  // person's earlier inquiry and skips this one if there is one (record-inquiry.ts), which is then
  // read and placed again. A new person, the usual case, costs one round trip to the database.
  let unchecked = question.person !== null && !countsNeeded(question);
  const [settings, firstFacts] = await Promise.all([
    deps.catalog.settings(),
    unchecked ? ({ candidates: question.candidates, earlier: null } satisfies RoutingFacts) : deps.facts(question),
  ]);
  let facts = firstFacts;

  for (let attempt = 0; ; attempt++) {
    const placed = await placeInquiry(deps, { study, input, phone, location, countryCode, facts, settings, suspicious, now, partnerId: ctx.partnerId ?? null });
    const idempotency = ctx.idempotencyKey ? { claim: { scope, key: ctx.idempotencyKey, hash }, answer: placed.answer } : undefined;
    try {
      const q = placed.record.inquiry;
      const record = recordInquiry({ ...placed.record, ip: ctx.ip, idempotency, unchecked });
      if (await deps.writer.write({ id: q.id, record, announce: { id: q.id, siteId: q.siteId, studyId: q.studyId, status: q.status } })) return placed.answer;
      if (!unchecked) throw new Error("the intake's write skipped an inquiry it was to write unconditionally");
      // The same person asked about this study within 30 days: place it as their repeat.
      unchecked = false;
      facts = await deps.facts(question);
    } catch (error) {
      if (idempotency && uniqueViolation(error, IDEMPOTENCY_CONSTRAINT)) {
        // Another request with the same key committed first: answer as it did.
        const first = await findAnswer(deps.pool, scope, idempotency.claim.key, hash);
        if (first.kind === "replay") return first.answer;
        throw keyReused();
      }
      // A reference collision three times running is not chance.
      if (!uniqueViolation(error, REFERENCE_CONSTRAINT) || attempt >= 2) throw error;
    }
  }
}
