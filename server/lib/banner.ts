import type { RunningServer } from "../start-server";

/** What a person needs after `npm start`: where the app is and how to sign in. */
export function printBanner(s: RunningServer, ms: number): void {
  const lines = [
    "",
    `  TrialConnect is running at ${s.url}  (started in ${(ms / 1000).toFixed(1)} s)`,
    `  Database: ${s.embeddedDatabase ? "embedded PostgreSQL (DATA_DIR)" : "DATABASE_URL"}`,
    "",
    `  Admin sign-in: ${s.url}/sign-in`,
    `    e-mail:   ${s.admin.email}`,
  ];
  if (s.admin.generatedPassword) {
    lines.push(`    password: ${s.admin.generatedPassword}   (generated now and shown only once; stored hashed)`);
  } else if (s.admin.created) {
    lines.push("    password: the ADMIN_PASSWORD you set");
  } else {
    lines.push("    password: as set on the first start (ADMIN_PASSWORD or the one printed then)");
  }
  if (s.seed.seeded) {
    lines.push(
      "",
      `  Demo data: ${s.seed.studies} studies, ${s.seed.sites} sites, ${s.seed.inquiries} inquiries.`,
      `  Demo coordinators (same password as the admin${s.seed.generatedPassword ? `: ${s.seed.generatedPassword}` : ""}):`,
      ...s.seed.coordinators.slice(0, 4).map((e) => `    ${e}`),
      s.seed.coordinators.length > 4 ? `    … and ${s.seed.coordinators.length - 4} more (Users page)` : "",
    );
  }
  lines.push("");
  console.log(lines.filter((l, i, a) => !(l === "" && a[i - 1] === "")).join("\n"));
}
