// Prisma CLI configuration. Prisma 6.19 with the JS schema engine and a driver adapter works
// offline (no native engine download), see docs/decisions.md. The CLI only needs a syntactically
// valid URL for `generate` and `migrate diff`; the app itself never reads this file.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

process.env.DATABASE_URL ??= "postgresql://prisma:prisma@127.0.0.1:5432/prisma_cli_placeholder";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
