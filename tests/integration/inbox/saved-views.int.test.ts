// Saved views and column choice belong to one user: nobody else reads, changes or deletes them.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { callerAs, makeSite, makeUser } from "../../setup/callers";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let alice: Awaited<ReturnType<typeof makeUser>>;
let bob: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  const site = await makeSite(deps);
  alice = await makeUser(deps, "COORDINATOR", [site.id]);
  bob = await makeUser(deps, "COORDINATOR", [site.id]);
});
afterAll(() => deps.db.$disconnect());

const view = {
  name: "Arabic speakers, overdue",
  filters: { languages: ["ar"], overdue: true },
  columns: ["received", "patient", "status"] as const,
  sort: { field: "sla" as const, dir: "asc" as const },
};

describe("saved views", () => {
  it("create, list, rename, update and delete one's own view", async () => {
    const api = callerAs(deps, alice).inbox;
    const created = await api.saveView({ ...view, columns: [...view.columns] });
    expect(created).toMatchObject({ name: view.name, filters: view.filters, columns: ["received", "patient", "status"], sort: view.sort });
    expect((await api.views()).views.map((v) => v.id)).toEqual([created.id]);

    const renamed = await api.saveView({ ...view, columns: ["patient"], id: created.id, name: "Renamed", filters: { statuses: ["NEW"] } });
    expect(renamed).toMatchObject({ id: created.id, name: "Renamed", filters: { statuses: ["NEW"] }, columns: ["patient"] });

    await api.deleteView({ id: created.id });
    expect((await api.views()).views).toEqual([]);
  });

  it("names are unique per user, and a clear error says so", async () => {
    const api = callerAs(deps, alice).inbox;
    await api.saveView({ ...view, columns: [...view.columns], name: "Twice" });
    await expect(api.saveView({ ...view, columns: [...view.columns], name: "Twice" })).rejects.toMatchObject({ code: "CONFLICT", message: "You already have a view with this name." });
    // Another user may use the same name.
    await expect(callerAs(deps, bob).inbox.saveView({ ...view, columns: [...view.columns], name: "Twice" })).resolves.toMatchObject({ name: "Twice" });
  });

  it("another user cannot read, change or delete a view, and nothing changes when they try", async () => {
    const mine = await callerAs(deps, alice).inbox.saveView({ ...view, columns: [...view.columns], name: "Private to Alice" });
    const theirs = callerAs(deps, bob).inbox;
    expect((await theirs.views()).views.map((v) => v.id)).not.toContain(mine.id);
    await expect(theirs.saveView({ ...view, columns: [...view.columns], id: mine.id, name: "Hijacked" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(theirs.deleteView({ id: mine.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stored = await deps.db.savedView.findUniqueOrThrow({ where: { id: mine.id } });
    expect(stored).toMatchObject({ name: "Private to Alice", userId: alice.id });
  });

  it("refuses bad input and saves nothing", async () => {
    const api = callerAs(deps, bob).inbox;
    const before = await deps.db.savedView.count({ where: { userId: bob.id } });
    await expect(api.saveView({ ...view, columns: [...view.columns], name: "  " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.saveView({ ...view, columns: ["secret" as "patient"], name: "Bad column" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.saveView({ ...view, columns: [...view.columns], name: "Bad filter", filters: { receivedFrom: "later" } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await deps.db.savedView.count({ where: { userId: bob.id } })).toBe(before);
  });

  it("a stored view whose filters no longer parse still lists, without them", async () => {
    await deps.db.savedView.create({ data: { userId: bob.id, name: "Old shape", filters: { statuses: ["GONE"] }, columns: ["patient", "retired"], sort: { field: "nope" } } });
    const old = (await callerAs(deps, bob).inbox.views()).views.find((v) => v.name === "Old shape")!;
    expect(old).toMatchObject({ filters: {}, columns: ["patient"], sort: { field: "received", dir: "desc" } });
  });
});

describe("column choice", () => {
  it("is remembered per user and keeps other preferences", async () => {
    await deps.db.user.update({ where: { id: alice.id }, data: { preferences: { theme: "dark" } } });
    expect((await callerAs(deps, alice).inbox.views()).columns).toBeNull();
    await callerAs(deps, alice).inbox.setColumns({ columns: ["patient", "status", "status", "sla"] });
    expect((await callerAs(deps, alice).inbox.views()).columns).toEqual(["patient", "status", "sla"]);
    expect((await callerAs(deps, bob).inbox.views()).columns).toBeNull();
    const stored = await deps.db.user.findUniqueOrThrow({ where: { id: alice.id }, select: { preferences: true } });
    expect(stored.preferences).toEqual({ theme: "dark", inbox: { columns: ["patient", "status", "sla"] } });
  });

  it("refuses an empty or unknown column list", async () => {
    await expect(callerAs(deps, bob).inbox.setColumns({ columns: [] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerAs(deps, bob).inbox.setColumns({ columns: ["email" as "patient"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
