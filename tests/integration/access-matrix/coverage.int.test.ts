// Every procedure that is not public must appear in a matrix file of this folder, so a new
// procedure cannot ship without its role x site checks.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appRouter } from "../../../server/trpc/router";
import { PUBLIC_PROCEDURES } from "../../setup/public-procedures";

const PUBLIC = PUBLIC_PROCEDURES;

describe("access matrix coverage", () => {
  it("names every non-public procedure in a matrix file", () => {
    const dir = import.meta.dirname;
    const sources = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".int.test.ts") && f !== path.basename(import.meta.filename))
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
      .join("\n");
    const procedures = Object.keys(appRouter._def.procedures).filter((p) => !PUBLIC.has(p));
    const missing = procedures.filter((p) => !sources.includes(`"${p}"`));
    expect(missing).toEqual([]);
  });
});
