// The inquiry page's data: contact details, language, routing explanation, who may be assigned,
// where it may be re-routed. Reading it is audited ("inquiry.view"): it shows health information.
import { allowedNextStatuses } from "../../../shared/inquiry-status";
import type { Db } from "../../db/prisma";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import { getSettings } from "../settings/settings";
import { isAdmin } from "../sites/site-access";
import { findScopedInquiry, type RequestMeta } from "./inquiry-scope";
import { suggestsUnreachable } from "./log-contact-attempt";
import { readCandidates } from "./routing-explanation";

const person = { select: { id: true, name: true } } as const;

/** Audited: call when a person opens the inquiry. */
export async function getInquiry(db: Db, user: SessionUser, input: { id: string }, meta: RequestMeta = {}) {
  const detail = await readInquiry(db, user, input.id);
  await recordAudit(db, { actor: user, action: "inquiry.view", entityType: "Inquiry", entityId: detail.id, siteId: detail.site?.id ?? null, ip: meta.ip, userAgent: meta.userAgent });
  return detail;
}

/** Not audited: the fresh state returned right after a change the caller made. */
export async function readInquiry(db: Db, user: SessionUser, id: string) {
  const [row, settings] = await Promise.all([
    findScopedInquiry(db, user, id, {
      id: true, reference: true, status: true, createdAt: true, firstName: true, lastName: true, email: true, phone: true,
      language: true, otherLanguage: true, interpreterNeeded: true, locationLabel: true, countryCode: true, source: true,
      contactAttempts: true, firstContactAt: true, slaDueAt: true, nextFollowUpAt: true, lastActivityAt: true, routingFlag: true,
      patientChoseSite: true, duplicateOfId: true, anonymizedAt: true,
      study: { select: { id: true, nctId: true, title: true } },
      site: { select: { id: true, name: true, city: true, countryCode: true, timeZone: true, languages: true } },
      assignee: person,
      routingDecisions: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, kind: true, rule: true, rulesApplied: true, reason: true, interpreterNeeded: true, candidates: true, createdAt: true, chosenSiteId: true, decidedBy: person },
      },
    }),
    getSettings(db),
  ]);
  const { routingDecisions, ...inquiry } = row;
  const [members, studySites] = await Promise.all([
    inquiry.site
      ? db.siteMembership.findMany({ where: { siteId: inquiry.site.id, user: { active: true } }, select: { user: person }, orderBy: { user: { name: "asc" } } })
      : Promise.resolve([]),
    db.studySite.findMany({ where: { studyId: inquiry.study.id, site: { active: true } }, select: { site: { select: { id: true, name: true, city: true } } }, orderBy: { site: { name: "asc" } } }),
  ]);
  const decision = routingDecisions[0] ?? null;
  // Re-routing: an admin anywhere; a coordinator between two sites they both belong to.
  const mayLeave = isAdmin(user) || (inquiry.site !== null && user.siteIds.includes(inquiry.site.id));
  const rerouteTargets = mayLeave
    ? studySites.map((s) => s.site).filter((s) => s.id !== inquiry.site?.id && (isAdmin(user) || user.siteIds.includes(s.id)))
    : [];
  return {
    ...inquiry,
    allowedNext: allowedNextStatuses(inquiry.status),
    unreachableAfterAttempts: settings.unreachableAfterAttempts,
    suggestUnreachable: suggestsUnreachable(inquiry.status, inquiry.contactAttempts, settings.unreachableAfterAttempts),
    routing: decision ? { ...decision, candidates: readCandidates(decision.candidates) } : null,
    members: members.map((m) => m.user),
    rerouteTargets,
  };
}

export type InquiryDetail = Awaited<ReturnType<typeof readInquiry>>;
