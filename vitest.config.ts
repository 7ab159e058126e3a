import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@shared": path.resolve(import.meta.dirname, "shared"),
  "@server": path.resolve(import.meta.dirname, "server"),
  "@client": path.resolve(import.meta.dirname, "client/src"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // Every project fails on an unhandled error; a test that never asserts is a defect.
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.int.test.ts"],
          globalSetup: ["tests/setup/global-database.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          globalSetup: ["tests/setup/global-database.ts", "tests/setup/global-app.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time on these 2-core machines.
          fileParallelism: false,
        },
      },
    ],
  },
});
