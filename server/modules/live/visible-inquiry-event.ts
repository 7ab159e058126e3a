// Who may learn about a change: the same rule as reading the inquiry (site-access.ts). An admin
// sees everything, a coordinator what happens at their sites; the central queue (no site) is
// for admins only. A coordinator whose site just lost an inquiry hears that it was removed, and
// nothing about where it went.
import type { InquiryChange, LiveInquiryEvent } from "../../../shared/schemas/live";
import type { SessionUser } from "../../trpc/context";
import { canAccessSite } from "../sites/site-access";

export function visibleInquiryEvent(user: SessionUser, change: InquiryChange): LiveInquiryEvent | null {
  const fields = { id: change.id, siteId: change.siteId, studyId: change.studyId, status: change.status, assigneeId: change.assigneeId };
  if (canAccessSite(user, change.siteId)) return { kind: change.op === "insert" ? "created" : "updated", ...fields };
  if (change.previousSiteId !== null && canAccessSite(user, change.previousSiteId)) return { kind: "removed", id: change.id };
  return null;
}
