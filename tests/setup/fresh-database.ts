// A new, migrated database for a test that needs one to itself (seeding, schema checks...).
import { inject } from "vitest";
import { createMigratedDatabase, createDatabase } from "./database-server";

export function freshDatabase(opts: { migrated?: boolean } = {}) {
  const adminUrl = inject("databaseAdminUrl");
  return opts.migrated === false ? createDatabase(adminUrl, "tc_fresh") : createMigratedDatabase(adminUrl, "tc_fresh");
}
