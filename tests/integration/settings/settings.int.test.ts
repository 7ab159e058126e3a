// Saving settings: ranges, one audit row per changed setting, values read back (a database of
// this file's own, since other files read the settings).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { getSettings } from "../../../server/modules/settings/settings";
import { callerAs, makeUser } from "../../setup/callers";
import { freshDatabase } from "../../setup/fresh-database";
import { createTestDeps } from "../../setup/test-deps";

let fresh: Awaited<ReturnType<typeof freshDatabase>>;
let deps: AppDeps;

beforeAll(async () => {
  fresh = await freshDatabase();
  deps = createTestDeps(fresh.url);
});
afterAll(async () => {
  await deps.db.$disconnect();
  await fresh.drop();
});

describe("settings", () => {
  it("starts from the defaults, saves changes with one audit row each, and keeps the other keys", async () => {
    const user = await makeUser(deps, "ADMIN");
    const admin = callerAs(deps, user);
    expect(await admin.settings.get()).toEqual({ slaWorkingHours: 8, slaReminderLeadMinutes: 120, routingLanguageToleranceKm: 100, retentionMonths: 24, unreachableAfterAttempts: 3 });

    const saved = await admin.settings.update({ slaWorkingHours: 16, slaReminderLeadMinutes: 60, retentionMonths: 24 });
    expect(saved.changed).toEqual(["slaWorkingHours", "slaReminderLeadMinutes"]);
    expect(await getSettings(deps.db)).toMatchObject({ slaWorkingHours: 16, slaReminderLeadMinutes: 60, routingLanguageToleranceKm: 100 });
    const audit = await deps.db.auditLog.findMany({ where: { action: "settings.update" }, orderBy: { entityId: "asc" } });
    expect(audit).toMatchObject([
      { actorId: user.id, actorType: "USER", entityType: "Setting", entityId: "slaReminderLeadMinutes", metadata: { setting: "slaReminderLeadMinutes", from: 120, to: 60 } },
      { actorId: user.id, actorType: "USER", entityType: "Setting", entityId: "slaWorkingHours", metadata: { setting: "slaWorkingHours", from: 8, to: 16 } },
    ]);

    // Saving the same values again changes and records nothing.
    expect((await admin.settings.update({ slaWorkingHours: 16 })).changed).toEqual([]);
    expect(await deps.db.auditLog.count({ where: { action: "settings.update" } })).toBe(2);
  });

  it("refuses values out of range or unknown keys, and changes nothing", async () => {
    const admin = callerAs(deps, await makeUser(deps, "ADMIN"));
    const before = await admin.settings.get();
    const audits = await deps.db.auditLog.count({ where: { action: "settings.update" } });
    for (const bad of [{ slaWorkingHours: 0 }, { slaReminderLeadMinutes: 2 }, { retentionMonths: 1.5 }, { routingLanguageToleranceKm: -1 }, { unreachableAfterAttempts: 21 }, { smtpUrl: "x" }]) {
      await expect(admin.settings.update(bad as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await admin.settings.get()).toEqual(before);
    expect(await deps.db.auditLog.count({ where: { action: "settings.update" } })).toBe(audits);
  });

  it("ignores a stored value that is out of range, keeping the others", async () => {
    await deps.db.setting.update({ where: { key: "app" }, data: { value: { slaWorkingHours: 9999, retentionMonths: 36 } } });
    expect(await getSettings(deps.db)).toMatchObject({ slaWorkingHours: 8, retentionMonths: 36 });
  });
});
