// Live updates across server processes: two app instances on one database, as behind a load
// balancer. A person subscribed through instance 1 hears about an inquiry submitted through
// instance 2, within the limits of what they may see; streams end when the session does, and
// survive the loss of the database connection that listens for changes.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { createLiveUpdates, type LiveUpdates } from "../../../server/modules/live/live-updates";
import { makeUser } from "../../setup/callers";
import { listen } from "../../setup/http-server";
import { makeInquiry } from "../../setup/inquiry-factory";
import { post, validBody } from "../../setup/public-api-client";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";
import { inquiryEventsUrl, openSse, type SseStream } from "./sse-client";

type Instance = Awaited<ReturnType<typeof listen>> & { live: LiveUpdates };

async function startInstance(): Promise<Instance> {
  const databaseUrl = inject("databaseUrl");
  let live!: LiveUpdates;
  const server = await listen((url) => {
    const deps = createTestDeps(databaseUrl, { publicUrl: url, env: { PUBLIC_RATE_LIMIT: "0" } });
    live = createLiveUpdates({ databaseUrl, log: deps.log, sessionRecheckMs: 300, listener: { minRetryMs: 50, maxRetryMs: 400 } });
    return { ...deps, live } satisfies AppDeps;
  });
  await live.start();
  return { ...server, live };
}

let one: Instance;
let two: Instance;
const streams: SseStream[] = [];

beforeAll(async () => {
  [one, two] = await Promise.all([startInstance(), startInstance()]);
});
afterAll(async () => {
  for (const s of streams) s.close();
  for (const instance of [one, two]) {
    await instance.live.stop();
    await instance.close();
    await instance.deps.db.$disconnect();
  }
});

async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, "x-forwarded-for": `10.7.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
    body: JSON.stringify({ email, password: "a-long-test-password" }),
  });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().find((c) => c.startsWith("tc.session_token="))!.split(";")[0]!;
}

async function subscribe(cookie: string | null, input?: Record<string, unknown>): Promise<SseStream> {
  const stream = await openSse(inquiryEventsUrl(one.url, input), cookie ? { cookie } : {});
  streams.push(stream);
  if (stream.status === 200) await stream.waitFor((m) => m.event === "connected", "the connected event");
  return stream;
}

const eventFor = (id: string, kind?: string) => (m: { event: string; data: unknown }) => {
  const json = (m.data as { json?: { id?: string; kind?: string } } | null)?.json;
  return m.event === "message" && json?.id === id && (kind === undefined || json.kind === kind);
};

async function world() {
  const { study, sites, nctId } = await makeStudy(one.deps);
  const [siteA, siteB] = [sites[0]!, sites[1]!];
  const coordA = await makeUser(one.deps, "COORDINATOR", [siteA.id]);
  const coordB = await makeUser(one.deps, "COORDINATOR", [siteB.id]);
  const admin = await makeUser(one.deps, "ADMIN");
  return { study, siteA, siteB, nctId, coordA, coordB, admin };
}

async function submitThroughTwo(nctId: string) {
  const body = validBody();
  const res = await post(two.url, nctId, body);
  expect(res.status).toBe(201);
  return two.deps.db.inquiry.findFirstOrThrow({ where: { emailNormalized: body.email.toLowerCase() }, select: { id: true, siteId: true } });
}

describe("live.inquiryEvents over SSE with two app instances", () => {
  it("delivers an inquiry submitted through instance 2 to the coordinator of its site and the admin on instance 1, not to another site's coordinator", async () => {
    const w = await world();
    const [streamA, streamB, streamAdmin] = await Promise.all([
      signIn(one.url, w.coordA.email).then((c) => subscribe(c)),
      signIn(one.url, w.coordB.email).then((c) => subscribe(c)),
      signIn(one.url, w.admin.email).then((c) => subscribe(c)),
    ]);

    const inquiry = await submitThroughTwo(w.nctId);
    expect(inquiry.siteId).toBe(w.siteA.id); // the family is in Assiut, next to site A

    const received = await streamA.waitFor(eventFor(inquiry.id, "created"), "site A's coordinator to hear of the inquiry");
    expect(received.data).toMatchObject({ json: { kind: "created", id: inquiry.id, siteId: w.siteA.id, studyId: w.study.id, status: "NEW" } });
    expect(received.id).toBeTruthy(); // tracked, so a reconnecting client can say where it was
    expect(JSON.stringify(received.data)).not.toContain("Amira");
    await streamAdmin.waitFor(eventFor(inquiry.id, "created"), "the admin to hear of the inquiry");

    // Events arrive in commit order: once B hears of a later inquiry at site B, it would already
    // have heard of the first one, had it been sent.
    const sentinel = await makeInquiry(one.deps, { studyId: w.study.id, siteId: w.siteB.id });
    await streamB.waitFor(eventFor(sentinel.id, "created"), "site B's coordinator to hear of site B's inquiry");
    expect(streamB.messages.some(eventFor(inquiry.id))).toBe(false);
    expect(streamA.messages.some(eventFor(sentinel.id))).toBe(false);

    // Rerouted from A to B: A is told it is gone (not where it went), B that it is there.
    await two.deps.db.inquiry.update({ where: { id: inquiry.id }, data: { siteId: w.siteB.id } });
    const removed = await streamA.waitFor(eventFor(inquiry.id, "removed"), "site A's coordinator to hear the inquiry left");
    expect(removed.data).toEqual({ json: { kind: "removed", id: inquiry.id } });
    await streamB.waitFor(eventFor(inquiry.id, "updated"), "site B's coordinator to hear the inquiry arrived");
  });

  it("sends central-queue inquiries (no site) to admins only", async () => {
    const w = await world();
    const [streamA, streamAdmin] = await Promise.all([
      signIn(one.url, w.coordA.email).then((c) => subscribe(c)),
      signIn(one.url, w.admin.email).then((c) => subscribe(c)),
    ]);
    const central = await makeInquiry(two.deps, { studyId: w.study.id, siteId: null });
    await streamAdmin.waitFor(eventFor(central.id, "created"), "the admin to hear of the central-queue inquiry");
    const sentinel = await makeInquiry(two.deps, { studyId: w.study.id, siteId: w.siteA.id });
    await streamA.waitFor(eventFor(sentinel.id), "site A's coordinator to hear of site A's inquiry");
    expect(streamA.messages.some(eventFor(central.id))).toBe(false);
  });

  it("refuses an anonymous subscription: the stream ends at once with UNAUTHORIZED and carries no event", async () => {
    const stream = await subscribe(null);
    const error = await stream.waitFor((m) => m.event === "serialized-error", "the refusal");
    expect(error.data).toMatchObject({ json: { data: { code: "UNAUTHORIZED", appCode: "UNAUTHENTICATED" } } });
    await expect.poll(() => stream.ended()).toBe(true);
    // Something happens meanwhile: still nothing reaches the anonymous stream.
    const w = await world();
    await makeInquiry(two.deps, { studyId: w.study.id, siteId: w.siteA.id });
    expect(stream.messages.filter((m) => m.event === "message")).toEqual([]);
  });

  it("ends the stream of a user who signs out, and of one who is deactivated", async () => {
    const w = await world();
    const cookieA = await signIn(one.url, w.coordA.email);
    const [signedOut, deactivated] = await Promise.all([subscribe(cookieA), signIn(one.url, w.coordB.email).then((c) => subscribe(c))]);

    const out = await fetch(`${one.url}/api/auth/sign-out`, { method: "POST", headers: { cookie: cookieA, origin: one.url } });
    expect(out.status).toBe(200);
    await one.deps.db.user.update({ where: { id: w.coordB.id }, data: { active: false } });

    for (const stream of [signedOut, deactivated]) {
      const error = await stream.waitFor((m) => m.event === "serialized-error", "the stream to end with an error");
      expect(error.data).toMatchObject({ json: { data: { code: "UNAUTHORIZED" } } });
      await expect.poll(() => stream.ended()).toBe(true);
    }
    // And a new inquiry at their sites reaches neither.
    const later = await makeInquiry(two.deps, { studyId: w.study.id, siteId: w.siteA.id });
    expect(signedOut.messages.some(eventFor(later.id))).toBe(false);
  });

  it("keeps delivering after the listening database connection is killed, telling clients to resync", async () => {
    const w = await world();
    const stream = await signIn(one.url, w.admin.email).then((c) => subscribe(c));
    const killedPid = one.live.listener.backendPid();
    expect(killedPid).toBeTypeOf("number");

    const admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ ok: boolean }>("SELECT pg_terminate_backend($1) AS ok", [killedPid]);
      expect(rows[0]!.ok).toBe(true);
    } finally {
      await admin.end();
    }
    await expect.poll(() => one.live.listener.reconnects(), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    expect(one.live.listener.backendPid()).not.toBe(killedPid);
    await stream.waitFor((m) => m.event === "message" && (m.data as { json: { kind: string } }).json.kind === "resync", "a resync after the reconnection");

    const inquiry = await submitThroughTwo(w.nctId);
    await stream.waitFor(eventFor(inquiry.id, "created"), "the inquiry after the reconnection");
    expect(stream.ended()).toBe(false);
  });

  it("answers a reconnecting client (last event id) with a resync first", async () => {
    const w = await world();
    const cookie = await signIn(one.url, w.admin.email);
    const stream = await subscribe(cookie, { lastEventId: "elsewhere-41" });
    const first = await stream.waitFor((m) => m.event === "message", "the first event");
    expect(first.data).toEqual({ json: { kind: "resync" } });
  });
});
