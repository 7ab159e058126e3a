// Where the database is: DATABASE_URL when set, else the embedded PostgreSQL under DATA_DIR
// (started here if nothing runs it yet).
import type { AppConfig } from "../config/env";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type DatabaseHandle = { url: string; embedded: boolean; release(): Promise<void> };

export async function resolveDatabase(
  config: Pick<AppConfig, "databaseUrl" | "dataDir">,
  role: "app" | "task",
  log?: (message: string) => void,
): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, release: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir: config.dataDir, role, log });
  return { url: server.url, embedded: true, release: () => server.stop() };
}
