// Real ClinicalTrials.gov records (prisma/seed/ctgov/*.json, see the README there) mapped through
// the same mapper the importer uses, so the demo also shows studies exactly as registered.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { mapCtgovStudy, parseCtgovFile, type MappedCtgovStudy } from "../../server/modules/studies/ctgov-map";
import type { WorkingHours } from "./demo-sites";

export const CTGOV_SEED_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "ctgov");

/** Paediatric-relevant records: brain tumour (3-18 y), cystic fibrosis (12-24 y), dental (5-8 y), adolescent mental health. */
export const CTGOV_SEED_FILES = ["NCT03281889.json", "NCT00763412.json", "NCT00973089.json", "NCT03630471.json"];

export function loadSeedCtgovStudies(dir = CTGOV_SEED_DIR): MappedCtgovStudy[] {
  return CTGOV_SEED_FILES.flatMap((file) =>
    parseCtgovFile(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"))).map(mapCtgovStudy),
  );
}

const US_STATE_TIME_ZONES: Record<string, string> = {
  Massachusetts: "America/New_York",
  "New York": "America/New_York",
  Pennsylvania: "America/New_York",
  Florida: "America/New_York",
  Texas: "America/Chicago",
  Missouri: "America/Chicago",
  Illinois: "America/Chicago",
  Colorado: "America/Denver",
  California: "America/Los_Angeles",
  Washington: "America/Los_Angeles",
};

const COUNTRY_DEFAULTS: Record<string, { timeZone: string; languages: string[]; workingHours: WorkingHours }> = {
  US: { timeZone: "America/New_York", languages: ["en", "es"], workingHours: weekdays(["mon", "tue", "wed", "thu", "fri"], "08:30", "17:00") },
  IL: { timeZone: "Asia/Jerusalem", languages: ["he", "en", "ar"], workingHours: weekdays(["sun", "mon", "tue", "wed", "thu"], "08:00", "16:00") },
  IN: { timeZone: "Asia/Kolkata", languages: ["hi", "en"], workingHours: { ...weekdays(["mon", "tue", "wed", "thu", "fri"], "09:30", "17:30"), sat: [["09:30", "13:30"]] } },
};

function weekdays(list: Array<keyof WorkingHours>, from: string, to: string): WorkingHours {
  return Object.fromEntries(list.map((d) => [d, [[from, to]]]));
}

/** Time zone, languages and working hours for a site created from a ClinicalTrials.gov location. */
export function siteDefaults(countryCode: string, state: string | null): { timeZone: string; languages: string[]; workingHours: WorkingHours } {
  const base = COUNTRY_DEFAULTS[countryCode] ?? { timeZone: "UTC", languages: ["en"], workingHours: weekdays(["mon", "tue", "wed", "thu", "fri"], "09:00", "17:00") };
  const timeZone = countryCode === "US" && state ? (US_STATE_TIME_ZONES[state] ?? base.timeZone) : base.timeZone;
  return { ...base, timeZone };
}
