// Decides everything about a validated inquiry before it is written: its site (routing, or the
// earlier inquiry's site for a repeat), its status, its SLA due time, its e-mails and the answer.
// Pure apart from reading templates and admins from the intake's cache.
import { randomUUID } from "node:crypto";
import type { PublicInquiryCreated, PublicInquiryInput } from "../../../shared/schemas/public-inquiry";
import type { ResolvedLocation } from "../geo/locate";
import { routeInquiry, type RoutingResult } from "../routing/route-inquiry";
import type { Settings } from "../settings/settings";
import { computeSlaDueAt } from "../sla/sla-due-at";
import type { IntakeSite, IntakeStudy } from "./intake-catalog";
import { inquiryEmails } from "./intake-emails";
import { newInquiryReference } from "./inquiry-reference";
import type { RoutingFacts } from "./load-routing-candidates";
import type { RecordInquiryInput } from "./record-inquiry";
import type { IntakeDeps } from "./submit-inquiry";
import type { StoredAnswer } from "./idempotency";

export type PlaceInput = {
  study: IntakeStudy;
  input: PublicInquiryInput;
  phone: string;
  location: ResolvedLocation | null;
  countryCode: string | null;
  facts: RoutingFacts;
  settings: Settings;
  suspicious: boolean;
  now: Date;
  partnerId: string | null;
};

function route(p: PlaceInput): RoutingResult {
  const languages = [p.input.otherLanguage, p.input.language].filter((l): l is string => !!l);
  const run = (langs: string[]) =>
    routeInquiry({
      patient: { lat: p.location?.lat ?? null, lon: p.location?.lon ?? null, countryCode: p.countryCode, languages: langs },
      candidates: p.facts.candidates,
      requestedSiteId: p.input.siteId ?? null,
      toleranceKm: p.settings.routingLanguageToleranceKm,
    });
  // The language the family asked to be contacted in comes first: a site speaking it wins (within
  // the tolerance) over one that speaks only the page's language; failing that, either will do.
  const routing = run(languages);
  if (languages.length > 1) {
    const preferred = run(languages.slice(0, 1));
    if (!preferred.interpreterNeeded && preferred.siteId !== routing.siteId) {
      return { ...preferred, rulesApplied: [...preferred.rulesApplied, "PREFERRED_LANGUAGE_FIRST"] };
    }
  }
  return routing;
}

let messageIdDomain: { url: string; host: string } | null = null;
/** Message-IDs end in the host people reach the app at, as enqueueEmail's do. */
function domainOf(publicUrl: string): string {
  if (messageIdDomain?.url !== publicUrl) messageIdDomain = { url: publicUrl, host: new URL(publicUrl).hostname || "trialconnect.local" };
  return messageIdDomain.host;
}

export async function placeInquiry(
  deps: Pick<IntakeDeps, "catalog" | "publicUrl">,
  p: PlaceInput,
): Promise<{ record: Omit<RecordInquiryInput, "ip" | "idempotency">; answer: StoredAnswer }> {
  const { input, facts, suspicious, now } = p;
  const routing = route(p);
  const earlier = facts.earlier;
  const status = suspicious ? "SPAM" : earlier ? "DUPLICATE" : "NEW";
  const siteId = earlier ? earlier.siteId : routing.siteId;
  const site: IntakeSite | null = siteId ? (p.study.sites.find((s) => s.siteId === siteId) ?? (await deps.catalog.site(siteId))) : null;
  const language = input.otherLanguage ?? input.language;
  const id = randomUUID();
  const reference = newInquiryReference();
  // Time to first contact counts only for inquiries a site is expected to answer.
  const slaDueAt = site && status === "NEW" ? computeSlaDueAt(site, now, p.settings.slaWorkingHours * 60) : null;
  const emails = suspicious
    ? []
    : await inquiryEmails(deps.catalog, domainOf(deps.publicUrl), {
        inquiryId: id,
        reference,
        study: p.study,
        site,
        patient: { email: input.email, firstName: input.firstName, lastName: input.lastName, language },
        alertSite: !earlier,
        publicUrl: deps.publicUrl,
        now,
      });
  const chosen = routing.candidates.find((c) => c.siteId === site?.siteId);
  const body: PublicInquiryCreated = {
    id,
    site: site ? { id: site.siteId, name: site.name, city: site.city, country: site.countryCode, distanceKm: chosen?.distanceKm ?? null } : null,
    language,
  };
  return {
    answer: { statusCode: 201, body },
    record: {
      inquiry: {
        id,
        reference,
        studyId: p.study.id,
        siteId,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: p.phone,
        phoneRaw: input.phone,
        language: input.language,
        otherLanguage: input.otherLanguage ?? null,
        locationInput: input.location ?? null,
        location: p.location,
        countryCode: p.countryCode,
        source: p.partnerId ? "EMBED" : (input.source ?? "API"),
        partnerId: p.partnerId,
        status,
        duplicateOfId: earlier?.id ?? null,
        slaDueAt,
        now,
      },
      routing,
      statusReason: suspicious ? "Automated submission suspected" : earlier ? "Repeat inquiry" : null,
      decisionReason: earlier ? "Same person asked about this study within 30 days: kept with the earlier inquiry's site." : null,
      emails,
    },
  };
}
