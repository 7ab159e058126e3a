// Access matrix for "live.inquiryEvents": who hears about which inquiry. Anonymous callers are
// refused (and no stream is opened); a coordinator hears only about their own site's inquiries
// and that an inquiry left it; an admin hears about all of them.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { createLiveUpdates, type LiveUpdates } from "../../../server/modules/live/live-updates";
import type { LiveInquiryEvent } from "../../../shared/schemas/live";
import { expectUnauthenticated, makeAccessWorld, type AccessWorld } from "../../setup/access-world";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let live: LiveUpdates;
let w: AccessWorld;

beforeAll(async () => {
  const databaseUrl = inject("databaseUrl");
  const base = createTestDeps(databaseUrl);
  live = createLiveUpdates({ databaseUrl, log: base.log });
  deps = { ...base, live };
  await live.start();
  // Let the world's own "created" events pass before the matrix listens, so only its changes count.
  const probe = live.hub.read();
  w = await makeAccessWorld(deps);
  const pending = new Set([w.inquiryA.id, w.inquiryB.id]);
  for await (const message of probe) {
    if (message.type === "change") pending.delete(message.change.id);
    if (pending.size === 0) break;
  }
});
afterAll(async () => {
  await live.stop();
  await deps.db.$disconnect();
});

/** Reads the caller's events (tracked: [id, event]) until `last` says to stop. */
async function collect(events: AsyncIterable<unknown>, ready: () => void, last: (e: LiveInquiryEvent) => boolean) {
  const seen: LiveInquiryEvent[] = [];
  ready();
  for await (const tracked of events) {
    const event = (tracked as [string, LiveInquiryEvent])[1];
    seen.push(event);
    if (last(event)) break;
  }
  return seen;
}

const about = (ids: string[]) => (e: LiveInquiryEvent) => "id" in e && ids.includes(e.id);

describe('"live.inquiryEvents" access matrix', () => {
  it("refuses anonymous callers without opening a stream", async () => {
    const before = live.hub.readerCount;
    await expectUnauthenticated(w.caller("anonymous").live.inquiryEvents());
    expect(live.hub.readerCount).toBe(before);
  });

  it("gives coordinator A only site A's events, coordinator B only site B's, and the admin both", async () => {
    const [streamA, streamB, streamAdmin] = await Promise.all([
      w.caller("coordA").live.inquiryEvents(),
      w.caller("coordB").live.inquiryEvents(),
      w.caller("admin").live.inquiryEvents(),
    ]);
    const { inquiryA, inquiryB, siteB } = w;
    const mine = about([inquiryA.id, inquiryB.id]);
    // The generators subscribe to the hub on their first next(): start reading, then change rows.
    let started = 0;
    const results = Promise.all([
      collect(streamA, () => started++, (e) => e.kind === "removed"),
      collect(streamB, () => started++, (e) => e.kind === "updated" && e.id === inquiryA.id),
      collect(streamAdmin, () => started++, (e) => e.kind === "updated" && e.id === inquiryA.id && e.siteId === siteB.id),
    ]);
    await expect.poll(() => started).toBe(3);
    await expect.poll(() => live.hub.readerCount).toBe(3);

    await deps.db.inquiry.update({ where: { id: inquiryA.id }, data: { status: "ATTEMPTING_CONTACT" } });
    await deps.db.inquiry.update({ where: { id: inquiryB.id }, data: { status: "CONTACTED" } });
    await deps.db.inquiry.update({ where: { id: inquiryA.id }, data: { siteId: siteB.id } });
    const [seenA, seenB, seenAdmin] = await results;

    expect(seenA).toEqual([
      { kind: "updated", id: inquiryA.id, siteId: w.siteA.id, studyId: w.study.id, status: "ATTEMPTING_CONTACT", assigneeId: null },
      { kind: "removed", id: inquiryA.id },
    ]);
    expect(seenB).toEqual([
      { kind: "updated", id: inquiryB.id, siteId: siteB.id, studyId: w.study.id, status: "CONTACTED", assigneeId: null },
      { kind: "updated", id: inquiryA.id, siteId: siteB.id, studyId: w.study.id, status: "ATTEMPTING_CONTACT", assigneeId: null },
    ]);
    // Other test files share the database: the admin hears about their rows too.
    expect(seenAdmin.filter(mine).map((e) => [e.kind, "id" in e && e.id])).toEqual([
      ["updated", inquiryA.id],
      ["updated", inquiryB.id],
      ["updated", inquiryA.id],
    ]);
  });
});
