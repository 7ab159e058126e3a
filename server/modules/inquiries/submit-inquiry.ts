// The one intake service behind the public form, the embed and the JSON API: validate, place,
// route and record an inquiry with its routing decision, status history, audit row and the
// e-mails it causes, all in one transaction. Never drops an inquiry that passed validation.
import { publicInquiryInputSchema, type PublicInquiryCreated } from "../../../shared/schemas/public-inquiry";
import type { AppDeps } from "../../app-deps";
import { AppError } from "../../lib/app-error";
import { resolveLocation, countryCodeOf } from "../geo/locate";
import { routeInquiry } from "../routing/route-inquiry";
import { getSettings } from "../settings/settings";
import { findEarlierInquiry } from "./find-earlier-inquiry";
import { loadRoutingCandidates } from "./load-routing-candidates";
import { toE164 } from "./normalize-phone";
import { IdempotencyRace, recordInquiry } from "./record-inquiry";
import { findAnswer, requestHash, type StoredAnswer } from "./idempotency";

/** Faster than a person can fill in the form: treated as automated. */
const MIN_FILL_MS = 3000;
const OPEN_STUDY_STATUSES = new Set(["RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION"]);

export type SubmitContext = { ip: string | null; idempotencyKey?: string; now?: Date };

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

export async function submitInquiry(deps: AppDeps, nctId: string, body: unknown, ctx: SubmitContext): Promise<StoredAnswer> {
  const now = ctx.now ?? new Date();
  const scope = `inquiry:${nctId.toUpperCase()}`;
  const hash = requestHash(body);
  if (ctx.idempotencyKey) {
    const earlier = await findAnswer(deps.db, scope, ctx.idempotencyKey, hash);
    if (earlier.kind === "replay") return earlier.answer;
    if (earlier.kind === "mismatch") {
      throw new AppError("INVALID_INPUT", {
        userMessage: "This Idempotency-Key was already used with a different request.",
        fieldErrors: { "Idempotency-Key": ["This Idempotency-Key was already used with a different request."] },
      });
    }
  }

  const parsed = publicInquiryInputSchema.safeParse(body);
  if (!parsed.success) throw new AppError("INVALID_INPUT", { fieldErrors: zodIssuesToFieldErrors(parsed.error.issues) });
  const input = parsed.data;

  const study = await deps.db.study.findFirst({ where: { nctId: nctId.toUpperCase(), published: true }, select: { id: true, nctId: true, title: true, overallStatus: true } });
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

  const settings = await getSettings(deps.db);
  const candidates = await loadRoutingCandidates(deps.db, study.id, now);
  const languages = [input.otherLanguage, input.language].filter((l): l is string => !!l);
  const route = (langs: string[]) =>
    routeInquiry({
      patient: { lat: location?.lat ?? null, lon: location?.lon ?? null, countryCode, languages: langs },
      candidates,
      requestedSiteId: input.siteId ?? null,
      toleranceKm: settings.routingLanguageToleranceKm,
    });
  // The language the family asked to be contacted in comes first: a site speaking it wins (within
  // the tolerance) over one that speaks only the page's language; failing that, either will do.
  let routing = route(languages);
  if (languages.length > 1) {
    const preferred = route(languages.slice(0, 1));
    if (!preferred.interpreterNeeded && preferred.siteId !== routing.siteId) {
      routing = { ...preferred, rulesApplied: [...preferred.rulesApplied, "PREFERRED_LANGUAGE_FIRST"] };
    }
  }

  const suspicious = (input.website ?? "") !== "" || (input.formShownAt !== undefined && now.getTime() - input.formShownAt < MIN_FILL_MS);
  const earlier = suspicious ? null : await findEarlierInquiry(deps.db, { studyId: study.id, email: input.email, phone, now });

  let recorded: Awaited<ReturnType<typeof recordInquiry>>;
  try {
    recorded = await recordInquiry(deps, {
    study,
    input,
    phone,
    location,
    countryCode,
    routing,
    earlier,
    suspicious,
    now,
    idempotency: ctx.idempotencyKey ? { scope, key: ctx.idempotencyKey, hash } : undefined,
    ip: ctx.ip,
    });
  } catch (error) {
    if (!(error instanceof IdempotencyRace) || !ctx.idempotencyKey) throw error;
    const first = await findAnswer(deps.db, scope, ctx.idempotencyKey, hash);
    if (first.kind === "replay") return first.answer;
    throw new AppError("INVALID_INPUT", { fieldErrors: { "Idempotency-Key": ["This Idempotency-Key was already used with a different request."] } });
  }
  const { inquiry, site } = recorded;
  const chosen = routing.candidates.find((c) => c.siteId === site?.id);
  const body201: PublicInquiryCreated = {
    id: inquiry.id,
    site: site ? { id: site.id, name: site.name, city: site.city, country: site.countryCode, distanceKm: chosen?.distanceKm ?? null } : null,
    language: input.otherLanguage ?? input.language,
  };
  return { statusCode: 201, body: body201 };
}
