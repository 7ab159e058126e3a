// A study with two sites and a coordinator of each, plus helpers to write inquiries in a given
// state. Every list call in the inbox tests filters by this world's study, so rows written by other
// test files in the shared database never count.
import type { AppDeps } from "../../../server/app-deps";
import { callerAs, makeUser } from "../../setup/callers";
import { makeInquiry, type InquirySpec } from "../../setup/inquiry-factory";
import { makeStudy } from "../../setup/study-factory";

export type Extra = Partial<{
  slaDueAt: Date | null;
  firstContactAt: Date | null;
  nextFollowUpAt: Date | null;
  lastActivityAt: Date;
  interpreterNeeded: boolean;
  status: "NOT_ELIGIBLE" | "ENROLLED" | "DUPLICATE" | "SPAM";
}>;

export async function makeInboxWorld(deps: AppDeps) {
  const { study, sites } = await makeStudy(deps);
  const [siteA, siteB] = [sites[0]!, sites[1]!];
  const coordA = await makeUser(deps, "COORDINATOR", [siteA.id]);
  const coordA2 = await makeUser(deps, "COORDINATOR", [siteA.id]);
  const coordB = await makeUser(deps, "COORDINATOR", [siteB.id]);
  const admin = await makeUser(deps, "ADMIN");

  async function inquiry(spec: Omit<InquirySpec, "studyId"> & { siteId: string | null }, extra: Extra = {}) {
    const row = await makeInquiry(deps, { ...spec, studyId: study.id });
    if (Object.keys(extra).length === 0) return row;
    return deps.db.inquiry.update({ where: { id: row.id }, data: extra });
  }

  return {
    study,
    siteA,
    siteB,
    coordA,
    coordA2,
    coordB,
    admin,
    inquiry,
    caller: (user: typeof coordA | null) => callerAs(deps, user),
    /** This world's study only: other files write to the same database. */
    mine: { studyIds: [study.id] },
  };
}

export type InboxWorld = Awaited<ReturnType<typeof makeInboxWorld>>;
