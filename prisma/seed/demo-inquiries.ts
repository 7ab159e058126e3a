// Demo inquiries with their routing decision, status history and activities (pure: builds rows,
// the caller inserts them). About 300 inquiries over the last 120 days, more of them recently.
import type { Prisma } from "../../server/generated/prisma/client";
import type { InquirySource, InquiryStatus } from "../../server/generated/prisma/enums";
import { makeFamily, makeSpam, routingLanguage, type Family, type FamilySite } from "./demo-families";
import { routeInquiry } from "./demo-routing";
import { buildStatusPath, pickTargetStatus, stepHours, transitionReason } from "./inquiry-transitions";
import type { Rng } from "./random";
import { CONTACTED_STATUSES } from "../../shared/inquiry-status";

export type SeedSite = FamilySite & { coordinatorIds: string[] };
export type SeedLink = { site: SeedSite; eligible: boolean; reason: string };
export type SeedStudy = { id: string; key: string; inquiryWeight: number; links: SeedLink[] };

export type InquiryRows = {
  inquiries: Prisma.InquiryCreateManyInput[];
  decisions: Prisma.RoutingDecisionCreateManyInput[];
  changes: Prisma.InquiryStatusChangeCreateManyInput[];
  activities: Prisma.ActivityCreateManyInput[];
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Studies on the same condition: a family often asks about both (same person across studies). */
const RELATED_STUDY: Record<string, string> = { "pid-gene": "scig", scig: "pid-gene" };

const TEAM_NOTES: Record<string, readonly string[]> = {
  en: ["Mother prefers calls after 5 pm.", "Sent the study information leaflet by e-mail.", "Waiting for recent blood results from the referring doctor.", "Family asked about travel costs; explained the reimbursement policy.", "Father will call back after talking with the child's haematologist."],
  es: ["La madre prefiere llamadas por la tarde.", "Enviada la hoja informativa del estudio por correo.", "Pendiente de los últimos análisis del pediatra.", "Preguntan por gastos de desplazamiento; explicado el reembolso."],
  fr: ["La mère préfère être appelée après 17 h.", "Notice d'information envoyée par e-mail.", "En attente des derniers résultats sanguins du médecin traitant.", "Questions sur les frais de transport : politique de remboursement expliquée."],
  ar: ["الأم تفضل الاتصال بعد الساعة الخامسة مساءً.", "تم إرسال نشرة معلومات الدراسة بالبريد الإلكتروني.", "في انتظار نتائج تحليل الدم الأخيرة من الطبيب المعالج.", "الأسرة تسأل عن تكاليف السفر؛ تم شرح سياسة التعويض."],
  de: ["Mutter bevorzugt Anrufe nach 17 Uhr.", "Studieninformation per E-Mail verschickt.", "Warten auf aktuelle Blutwerte vom Kinderarzt."],
};
const PRIVATE_NOTES = ["Check with the PI whether the last platelet count is recent enough.", "Sounded hesitant; call again gently.", "Remember: the family needs an interpreter at the visit."];

export function generateInquiries(rng: Rng, opts: { now: Date; count: number; days: number; studies: SeedStudy[] }): InquiryRows {
  const now = opts.now.getTime();
  const rows: InquiryRows = { inquiries: [], decisions: [], changes: [], activities: [] };
  const studies = opts.studies.filter((s) => s.inquiryWeight > 0 && s.links.some((l) => l.eligible && l.site.catchment.length > 0));
  const references = new Set<string>();
  const usedContacts = new Set<string>();
  type Seen = { id: string; reference: string; studyKey: string; status: InquiryStatus; at: number; family: Family; shared: boolean };
  const seen: Seen[] = [];

  // Oldest first, so that duplicates always point back to an earlier inquiry.
  const ages = Array.from({ length: opts.count }, () => Math.max(opts.days * rng.random() ** 1.6, 0.005)).sort((a, b) => b - a);
  for (const ageDays of ages) {
    const createdAt = now - ageDays * DAY;
    const study = rng.weighted(studies.map((s) => [s, s.inquiryWeight] as const));
    const homeSites = study.links.filter((l) => l.eligible && l.site.catchment.length > 0).map((l) => l.site);
    let target = pickTargetStatus(rng, ageDays);
    let original: Seen | undefined;
    if (target === "DUPLICATE") {
      const recent = seen.filter((s) => s.studyKey === study.key && s.status !== "SPAM" && s.status !== "DUPLICATE" && createdAt - s.at < 21 * DAY);
      original = recent.length > 0 ? rng.pick(recent.slice(-8)) : undefined;
      if (!original) target = pickTargetStatus(rng, ageDays, ["DUPLICATE"]);
    }
    let family: Family;
    if (original) family = original.family;
    else if (target === "SPAM") family = makeSpam(rng, rng.pick(homeSites), usedContacts);
    else {
      const related = seen.filter((s) => s.studyKey === RELATED_STUDY[study.key] && !s.shared && s.status !== "SPAM" && s.status !== "DUPLICATE");
      const other = related.length > 0 && rng.chance(0.07) ? rng.pick(related) : undefined;
      if (other) other.shared = true;
      family = other?.family ?? makeFamily(rng, rng.pick(homeSites), usedContacts);
    }

    // Routing, and sometimes the family picks another centre of its country from the list.
    const patient = { lat: family.lat, lon: family.lon, countryCode: family.countryCode, language: routingLanguage(family) };
    let routing = routeInquiry(study.links, patient);
    const alternatives = study.links.filter((l) => l.eligible && l.site !== routing.site && l.site.countryCode === family.countryCode);
    if (!original && target !== "SPAM" && alternatives.length > 0 && rng.chance(0.06)) {
      routing = routeInquiry(study.links, patient, rng.pick(alternatives).site.key);
    }
    const site = routing.site as SeedSite | null;
    const coordinators = site?.coordinatorIds ?? [];

    let reference = rng.reference();
    while (references.has(reference)) reference = rng.reference();
    references.add(reference);
    const id = rng.uuid();

    // Status path with increasing timestamps that end before now.
    const path = buildStatusPath(rng, target);
    const gaps = path.slice(1).map((to, i) => stepHours(rng, path[i]!, to) * HOUR);
    const room = (now - createdAt) * 0.95 - MINUTE;
    const total = gaps.reduce((a, b) => a + b, 0);
    const scale = total > room ? Math.max(room, 0) / total : 1;
    const times = [createdAt];
    for (const gap of gaps) times.push(times[times.length - 1]! + Math.max(gap * scale, 1000));

    const status = path[path.length - 1]!;
    const assigneeId =
      coordinators.length > 0 && rng.chance(status === "NEW" ? 0.15 : status === "SPAM" || status === "DUPLICATE" ? 0.4 : 0.92)
        ? rng.pick(coordinators)
        : null;
    const actor = () => assigneeId ?? (coordinators.length > 0 ? rng.pick(coordinators) : null);

    rows.changes.push({ id: rng.uuid(), inquiryId: id, fromStatus: null, toStatus: "NEW", changedById: null, createdAt: new Date(createdAt) });
    path.slice(1).forEach((to, i) => {
      const reason = to === "DUPLICATE" && original ? `Same family as ${original.reference}` : transitionReason(rng, to);
      rows.changes.push({ id: rng.uuid(), inquiryId: id, fromStatus: path[i]!, toStatus: to, reason, changedById: actor(), createdAt: new Date(times[i + 1]!) });
    });

    // Calls while attempting contact, and the call that reached the family.
    const activityTimes: number[] = [];
    const addActivity = (a: Omit<Prisma.ActivityCreateManyInput, "id" | "inquiryId">) => {
      rows.activities.push({ id: rng.uuid(), inquiryId: id, ...a });
      activityTimes.push((a.createdAt as Date).getTime());
    };
    let calls = 0;
    path.forEach((s, i) => {
      const start = times[i]!;
      const end = times[i + 1] ?? now;
      if (s === "ATTEMPTING_CONTACT") {
        const n = path[i + 1] === "UNREACHABLE" ? 3 : rng.int(1, 3);
        for (let k = 0; k < n; k++) {
          const at = start + (k === 0 ? 0 : ((end - start) * k) / (n + 0.5));
          const outcome = rng.weighted([["NO_ANSWER", 5], ["VOICEMAIL", 4], ["WRONG_NUMBER", path[i + 1] === "UNREACHABLE" ? 1 : 0]] as const);
          addActivity({ type: "CALL", outcome, authorId: actor(), createdAt: new Date(at), metadata: { durationSeconds: rng.int(5, 40) } });
          calls++;
        }
      }
      if (i > 0 && (s === "CONTACTED" || (s === "DECLINED" && path[i - 1] === "NEW"))) {
        addActivity({ type: "CALL", outcome: "REACHED", authorId: actor(), createdAt: new Date(start), metadata: { durationSeconds: rng.int(180, 1200) } });
        calls++;
      }
      if (s === "PRE_SCREENING" && rng.chance(0.45)) {
        const lang = site?.languages.find((l) => TEAM_NOTES[l]) ?? "en";
        addActivity({ type: "NOTE", visibility: "TEAM", body: rng.pick(TEAM_NOTES[lang]!), authorId: actor(), createdAt: new Date(start + (end - start) * 0.3) });
      }
      if ((s === "PRE_SCREENING" || s === "ATTEMPTING_CONTACT") && rng.chance(0.08)) {
        addActivity({ type: "NOTE", visibility: "PRIVATE", body: rng.pick(PRIVATE_NOTES), authorId: actor(), createdAt: new Date(start + (end - start) * 0.5) });
      }
    });

    const last = Math.max(times[times.length - 1]!, ...activityTimes);
    const followUpDays: Partial<Record<InquiryStatus, [number, number]>> = {
      ATTEMPTING_CONTACT: [1, 3], CONTACTED: [2, 5], PRE_SCREENING: [3, 10], ELIGIBLE: [2, 7],
    };
    const range = followUpDays[status];
    // Old open inquiries got their follow-up moved along; a few are overdue.
    // (Always draw, so that the random sequence, hence every reference, does not depend on `now`.)
    const moved = now + rng.float(-3, 7) * DAY;
    const followUp = (at: number) => (at < now - 3 * DAY ? moved : at);
    const nextFollowUpAt =
      status === "SCHEDULED"
        ? new Date(Math.max(now + rng.float(1, 14) * DAY, last + 3 * DAY))
        : range
          ? new Date(followUp(last + rng.float(range[0], range[1]) * DAY))
          : null;
    // As the app records it: the first time the inquiry reaches a "contacted" status.
    const contactedAt = path.findIndex((s) => CONTACTED_STATUSES.includes(s));
    const source = rng.weighted<InquirySource>([["WEB_FORM", 80], ["EMBED", 12], ["API", 8]]);

    rows.inquiries.push({
      id,
      reference,
      studyId: study.id,
      siteId: site?.id ?? null,
      firstName: family.firstName,
      lastName: family.lastName,
      email: family.email,
      emailNormalized: family.email.trim().toLowerCase(),
      phone: family.phone,
      phoneRaw: family.phoneRaw,
      language: family.language,
      otherLanguage: family.otherLanguage,
      locationInput: family.locationInput ?? undefined,
      latitude: family.lat,
      longitude: family.lon,
      countryCode: family.countryCode,
      locationSource: family.locationSource,
      consent: true,
      consentTextVersion: "2025-01",
      consentedAt: new Date(createdAt),
      source,
      sourceDetail: source === "EMBED" ? rng.pick(["parents-itp-forum.example.org", "rare-immuno-families.example.org", "kids-cancer-support.example.org"]) : source === "API" ? "partner-registry-demo" : null,
      status,
      assigneeId,
      interpreterNeeded: routing.interpreterNeeded,
      routingFlag: routing.routingFlag,
      patientChoseSite: routing.rule === "PATIENT_CHOICE",
      duplicateOfId: original?.id ?? null,
      contactAttempts: calls,
      firstContactAt: contactedAt > 0 ? new Date(times[contactedAt]!) : null,
      // Set after the insert in each site's working hours (backfillSlaDueAt), as intake does.
      slaDueAt: null,
      nextFollowUpAt,
      lastActivityAt: new Date(last),
      createdAt: new Date(createdAt),
      updatedAt: new Date(last),
    });
    rows.decisions.push({
      id: rng.uuid(),
      inquiryId: id,
      kind: "INITIAL",
      chosenSiteId: site?.id ?? null,
      rule: routing.rule,
      interpreterNeeded: routing.interpreterNeeded,
      candidates: routing.candidates,
      rulesApplied: routing.rulesApplied,
      reason: routing.reason,
      createdAt: new Date(createdAt),
    });
    seen.push({ id, reference, studyKey: study.key, status, at: createdAt, family, shared: false });
  }
  return rows;
}
