// Vitest global setup: one PostgreSQL server for the run and one migrated database on it.
// Tests read them with inject("databaseUrl") / inject("databaseAdminUrl").
import type { TestProject } from "vitest/node";
import { createMigratedDatabase, startDatabaseServer } from "./database-server";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startDatabaseServer();
  const db = await createMigratedDatabase(server.adminUrl, "tc_run");
  project.provide("databaseAdminUrl", server.adminUrl);
  project.provide("databaseUrl", db.url);
  return async () => {
    await db.drop();
    await server.release();
  };
}
