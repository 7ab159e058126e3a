// Moves an inquiry to another site of its study, with a reason: a REROUTE routing decision, a
// REROUTE activity, an alert to the new site and the audit row, in one transaction. Allowed to an
// admin, or to a coordinator who belongs to both the current and the new site.
import { CLOSED_STATUSES } from "../../../shared/inquiry-status";
import type { RerouteInput } from "../../../shared/schemas/inquiry-actions";
import type { AppDeps } from "../../app-deps";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import { getSettings } from "../settings/settings";
import { isAdmin } from "../sites/site-access";
import { computeSlaDueAt } from "../sla/sla-due-at";
import { alertReroutedSite } from "./alert-rerouted-site";
import { findScopedInquiry, type RequestMeta } from "./inquiry-scope";
import { speaksAny } from "./routing-explanation";

export async function rerouteInquiry(deps: AppDeps, user: SessionUser, input: RerouteInput, meta: RequestMeta = {}) {
  const reason = input.reason.trim();
  if (reason.length < 3) throw new AppError("INVALID_INPUT", { userMessage: "Say why the inquiry moves.", fieldErrors: { reason: ["Say why the inquiry moves."] } });
  const settings = await getSettings(deps.db);
  return deps.db.$transaction(async (tx) => {
    const inquiry = await findScopedInquiry(tx, user, input.id, {
      id: true, reference: true, siteId: true, assigneeId: true, language: true, otherLanguage: true, createdAt: true, firstContactAt: true, status: true,
      study: { select: { id: true, nctId: true, title: true } },
      routingDecisions: { orderBy: { createdAt: "desc" }, take: 1, select: { candidates: true } },
    });
    if (inquiry.siteId === input.siteId) throw new AppError("INVALID_INPUT", { userMessage: "The inquiry is already at this site.", fieldErrors: { siteId: ["The inquiry is already at this site."] } });
    if (!isAdmin(user) && !user.siteIds.includes(input.siteId)) {
      throw new AppError("FORBIDDEN", { userMessage: "You can move an inquiry only to a site you belong to. Ask an administrator." });
    }
    const link = await tx.studySite.findUnique({
      where: { studyId_siteId: { studyId: inquiry.study.id, siteId: input.siteId } },
      select: { site: { select: { id: true, name: true, active: true, timeZone: true, workingHours: true, languages: true, alertEmails: true } } },
    });
    if (!link || !link.site.active) {
      throw new AppError("INVALID_INPUT", { userMessage: "That site does not take part in this study.", fieldErrors: { siteId: ["That site does not take part in this study."] } });
    }
    const site = link.site;
    const now = new Date();
    const interpreterNeeded = !speaksAny(site.languages, [inquiry.otherLanguage, inquiry.language]);
    // The assignee stays only if they work at the new site too.
    const keepAssignee = inquiry.assigneeId
      ? (await tx.siteMembership.count({ where: { siteId: site.id, userId: inquiry.assigneeId } })) > 0
      : false;
    // Not yet contacted: the new site's working hours now say when first contact is due, counted
    // from when the family wrote (they have been waiting since). Once contacted, the SLA is settled.
    const slaDueAt = inquiry.firstContactAt === null && !CLOSED_STATUSES.includes(inquiry.status)
      ? computeSlaDueAt(site, inquiry.createdAt, settings.slaWorkingHours * 60)
      : undefined;
    const moved = await tx.inquiry.updateMany({
      where: { id: inquiry.id, siteId: inquiry.siteId },
      data: { siteId: site.id, interpreterNeeded, routingFlag: null, lastActivityAt: now, ...(keepAssignee ? {} : { assigneeId: null }), ...(slaDueAt ? { slaDueAt } : {}) },
    });
    if (moved.count === 0) throw new AppError("CONFLICT");
    const decision = await tx.routingDecision.create({
      data: {
        inquiryId: inquiry.id,
        kind: "REROUTE",
        chosenSiteId: site.id,
        rule: "REROUTE",
        interpreterNeeded,
        // The ranking made at intake stays visible after a manual move.
        candidates: (inquiry.routingDecisions[0]?.candidates ?? []) as object,
        rulesApplied: interpreterNeeded ? ["REROUTE", "INTERPRETER_NEEDED"] : ["REROUTE"],
        reason,
        decidedById: user.id,
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.activity.create({
      data: { inquiryId: inquiry.id, type: "REROUTE", authorId: user.id, body: reason, metadata: { fromSiteId: inquiry.siteId, toSiteId: site.id, decisionId: decision.id }, createdAt: now },
    });
    const alerted = await alertReroutedSite(deps, tx, { decisionId: decision.id, inquiry, study: inquiry.study, site, now });
    await recordAudit(tx, {
      actor: user,
      action: "inquiry.reroute",
      entityType: "Inquiry",
      entityId: inquiry.id,
      siteId: site.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { fromSiteId: inquiry.siteId, toSiteId: site.id, decisionId: decision.id, assigneeCleared: Boolean(inquiry.assigneeId) && !keepAssignee, alerts: alerted },
    });
    return { id: inquiry.id, siteId: site.id, decisionId: decision.id, slaDueAt: slaDueAt ?? null };
  });
}
