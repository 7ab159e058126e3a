// Vitest global setup for browser tests: the built app, started as `npm start` would, on a
// database of its own with the demo data. Tests read inject("appUrl") and the admin sign-in.
import type { TestProject } from "vitest/node";
import { createDatabase } from "./database-server";
import { startAppProcess } from "./app-process";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
    adminEmail: string;
    adminPassword: string;
  }
}

export default async function setup(project: TestProject) {
  const db = await createDatabase(project.getProvidedContext().databaseAdminUrl, "tc_e2e");
  const adminEmail = "admin@e2e.example.org";
  const adminPassword = "e2e-admin-password-1";
  // Every browser test signs in from 127.0.0.1: the per-address sign-in limit (tested on its own
  // in tests/integration/auth) would otherwise refuse the later tests.
  const app = await startAppProcess({ DATABASE_URL: db.url, ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD: adminPassword, SIGN_IN_RATE_LIMIT: "1000" });
  const url = app.url.replace("localhost", "127.0.0.1");
  project.provide("appUrl", url);
  project.provide("adminEmail", adminEmail);
  project.provide("adminPassword", adminPassword);
  return async () => {
    await app.stop();
    await db.drop();
  };
}
