// Writes an accepted inquiry and everything it causes in one transaction.
import { Prisma } from "../../generated/prisma/client";
import type { PublicInquiryInput } from "../../../shared/schemas/public-inquiry";
import type { AppDeps } from "../../app-deps";
import type { Tx } from "../../db/prisma";
import { enqueueEmail } from "../../emails/enqueue-email";
import type { RoutingResult } from "../routing/route-inquiry";
import { newInquiryReference } from "./inquiry-reference";
import { storeAnswer } from "./idempotency";

const CONSENT_TEXT_VERSION = "2025-01";

/** Who the patient's copy names when no site could take the inquiry (central queue). */
const CENTRAL_TEAM: Record<string, string> = {
  en: "the study's central team",
  ar: "الفريق المركزي للدراسة",
  es: "el equipo central del estudio",
  fr: "l'équipe centrale de l'étude",
};
const centralTeamName = (language: string) => CENTRAL_TEAM[language.split("-")[0]!.toLowerCase()] ?? CENTRAL_TEAM.en!;

export type RecordInquiryInput = {
  study: { id: string; nctId: string; title: string };
  input: PublicInquiryInput;
  phone: string;
  location: { lat: number; lon: number; countryCode: string | null; label: string; source: string } | null;
  countryCode: string | null;
  routing: RoutingResult;
  earlier: { id: string; siteId: string | null } | null;
  suspicious: boolean;
  now: Date;
  idempotency?: { scope: string; key: string; hash: string };
  ip: string | null;
};

export class IdempotencyRace extends Error {}

export async function recordInquiry(deps: AppDeps, r: RecordInquiryInput) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.db.$transaction((tx) => write(deps, tx, r));
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") throw error;
      const target = JSON.stringify(error.meta ?? {});
      // Another request with the same Idempotency-Key committed first: the caller replays its answer.
      if (target.includes("scope") || target.includes("idempotency")) throw new IdempotencyRace();
      if (attempt >= 3) throw error; // a reference collision three times running is not chance
    }
  }
}

async function write(deps: AppDeps, tx: Tx, r: RecordInquiryInput) {
  const { input, routing, earlier } = r;
  const status = r.suspicious ? "SPAM" : earlier ? "DUPLICATE" : "NEW";
  const siteId = earlier ? earlier.siteId : routing.siteId;
  const language = input.otherLanguage ?? input.language;
  const inquiry = await tx.inquiry.create({
    data: {
      reference: newInquiryReference(),
      studyId: r.study.id,
      siteId,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      emailNormalized: input.email.toLowerCase(),
      phone: r.phone,
      phoneRaw: input.phone,
      language: input.language,
      otherLanguage: input.otherLanguage ?? null,
      locationInput: input.location ? (input.location as object) : undefined,
      latitude: r.location?.lat ?? null,
      longitude: r.location?.lon ?? null,
      countryCode: r.countryCode,
      locationSource: r.location?.source ?? null,
      locationLabel: r.location?.label ?? null,
      consent: true,
      consentTextVersion: CONSENT_TEXT_VERSION,
      consentedAt: r.now,
      source: input.source ?? "API",
      status,
      interpreterNeeded: routing.interpreterNeeded,
      routingFlag: routing.flag,
      patientChoseSite: routing.rule === "PATIENT_CHOICE",
      duplicateOfId: earlier?.id ?? null,
      lastActivityAt: r.now,
      createdAt: r.now,
    },
    select: { id: true, reference: true },
  });
  await tx.routingDecision.create({
    data: {
      inquiryId: inquiry.id,
      chosenSiteId: routing.siteId,
      rule: routing.rule,
      interpreterNeeded: routing.interpreterNeeded,
      candidates: routing.candidates as object[],
      rulesApplied: routing.rulesApplied,
      reason: earlier ? "Same person asked about this study within 30 days: kept with the earlier inquiry's site." : null,
      createdAt: r.now,
    },
  });
  await tx.inquiryStatusChange.create({
    data: { inquiryId: inquiry.id, fromStatus: null, toStatus: status, reason: r.suspicious ? "Automated submission suspected" : earlier ? "Repeat inquiry" : null, createdAt: r.now },
  });
  if (earlier) {
    await tx.activity.create({
      data: { inquiryId: earlier.id, type: "NOTE", body: null, metadata: { event: "REPEAT_INQUIRY", inquiryId: inquiry.id }, createdAt: r.now },
    });
  }
  await tx.auditLog.create({
    data: { actorType: "PUBLIC", action: "inquiry.create", entityType: "inquiry", entityId: inquiry.id, siteId, ip: r.ip, metadata: { status, rule: routing.rule } },
  });

  const site = siteId
    ? await tx.site.findUnique({ where: { id: siteId }, select: { id: true, name: true, city: true, countryCode: true, timeZone: true, languages: true, alertEmails: true } })
    : null;

  if (!r.suspicious) {
    const studyUrl = `${deps.publicUrl}/studies/${r.study.nctId}`;
    await enqueueEmail(tx, {
      eventKey: `inquiry:${inquiry.id}:patient-confirmation`,
      templateKey: "inquiry.patient-confirmation",
      locale: language,
      to: { address: input.email, name: `${input.firstName} ${input.lastName}` },
      vars: {
        FIRST_NAME: input.firstName,
        SITE_NAME: site?.name ?? centralTeamName(language),
        STUDY_TITLE: r.study.title,
        STUDY_URL: studyUrl,
        NCT_ID: r.study.nctId,
        REFERENCE: inquiry.reference,
        NOTIFY_URL: `${deps.publicUrl}/notifications/subscribe?nctId=${r.study.nctId}`,
      },
      inquiryId: inquiry.id,
    });
    if (!earlier) await alertSite(deps, tx, { inquiryId: inquiry.id, reference: inquiry.reference, study: r.study, site, language, now: r.now });
  }
  if (r.idempotency) {
    const chosen = routing.candidates.find((c) => c.siteId === site?.id);
    await storeAnswer(tx, r.idempotency.scope, r.idempotency.key, r.idempotency.hash, {
      statusCode: 201,
      body: {
        id: inquiry.id,
        site: site ? { id: site.id, name: site.name, city: site.city, country: site.countryCode, distanceKm: chosen?.distanceKm ?? null } : null,
        language,
      },
    });
  }
  return { inquiry, site };
}

/** New-inquiry alert: no health information, only a link into the dashboard. */
async function alertSite(
  deps: AppDeps,
  tx: Tx,
  a: { inquiryId: string; reference: string; study: { nctId: string; title: string }; site: { id: string; name: string; timeZone: string; languages: string[]; alertEmails: string[] } | null; language: string; now: Date },
) {
  const recipients = new Map<string, string>();
  if (a.site) {
    for (const email of a.site.alertEmails) recipients.set(email.toLowerCase(), a.site.languages[0] ?? "en");
    const members = await tx.siteMembership.findMany({ where: { siteId: a.site.id, notify: true, user: { active: true } }, select: { user: { select: { email: true, locale: true } } } });
    for (const m of members) recipients.set(m.user.email.toLowerCase(), m.user.locale ?? a.site.languages[0] ?? "en");
  } else {
    const admins = await tx.user.findMany({ where: { role: "ADMIN", active: true }, select: { email: true, locale: true } });
    for (const admin of admins) recipients.set(admin.email.toLowerCase(), admin.locale ?? "en");
  }
  const timeZone = a.site?.timeZone ?? "UTC";
  for (const [address, locale] of recipients) {
    const receivedAt = `${new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(a.now)} (${timeZone})`;
    const preferredLanguage = new Intl.DisplayNames([locale, "en"], { type: "language", fallback: "code" }).of(a.language) ?? a.language;
    await enqueueEmail(tx, {
      eventKey: `inquiry:${a.inquiryId}:site-alert:${address}`,
      templateKey: "inquiry.site-alert",
      locale,
      to: { address },
      vars: {
        SITE_NAME: a.site?.name ?? "Central coordinator queue",
        STUDY_TITLE: a.study.title,
        NCT_ID: a.study.nctId,
        PREFERRED_LANGUAGE: preferredLanguage,
        RECEIVED_AT: receivedAt,
        REFERENCE: a.reference,
        INQUIRY_URL: `${deps.publicUrl}/dashboard/inquiries/${a.inquiryId}`,
      },
      inquiryId: a.inquiryId,
      autoSubmitted: true,
    });
  }
}
