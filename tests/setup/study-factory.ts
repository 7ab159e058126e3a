// A published, recruiting study with sites, each with unique names, for tests.
import { randomUUID } from "node:crypto";
import type { AppDeps } from "../../server/app-deps";

export type SiteSpec = { name?: string; city: string; countryCode: string; lat: number; lon: number; languages: string[]; recruiting?: boolean; weeklyCap?: number };

export const EGYPT_SITES: SiteSpec[] = [
  { name: "Assiut Children's", city: "Assiut", countryCode: "EG", lat: 27.18, lon: 31.18, languages: ["ar", "en"] },
  { name: "Cairo Children's", city: "Cairo", countryCode: "EG", lat: 30.03, lon: 31.23, languages: ["ar", "en", "fr"] },
];

export async function makeStudy(deps: AppDeps, opts: { sites?: SiteSpec[]; status?: "RECRUITING" | "COMPLETED"; minAgeMonths?: number; maxAgeMonths?: number; conditions?: string[] } = {}) {
  const tag = randomUUID().slice(0, 8).toUpperCase();
  const nctId = `NCT8${String(parseInt(tag.slice(0, 6), 16) % 10_000_000).padStart(7, "0")}`;
  const study = await deps.db.study.create({
    data: {
      nctId,
      title: `Test study ${tag}`,
      overallStatus: opts.status ?? "RECRUITING",
      minAgeMonths: opts.minAgeMonths ?? 12,
      maxAgeMonths: opts.maxAgeMonths ?? 120,
      minimumAge: "1 Year",
      maximumAge: "10 Years",
      conditions: opts.conditions ?? [`Condition ${tag}`],
      briefSummary: "A study for tests.",
      sponsor: "Test Sponsor",
    },
  });
  const sites: Awaited<ReturnType<typeof deps.db.site.create>>[] = [];
  for (const spec of opts.sites ?? EGYPT_SITES) {
    const site = await deps.db.site.create({
      data: {
        name: `${spec.name ?? spec.city} ${tag}`,
        city: spec.city,
        countryCode: spec.countryCode,
        latitude: spec.lat,
        longitude: spec.lon,
        languages: spec.languages,
        weeklyCap: spec.weeklyCap ?? null,
        timeZone: "Africa/Cairo",
        alertEmails: [`alerts-${tag.toLowerCase()}-${sites.length}@site.example.org`],
      },
    });
    await deps.db.studySite.create({ data: { studyId: study.id, siteId: site.id, recruitmentStatus: spec.recruiting === false ? "COMPLETED" : "RECRUITING" } });
    sites.push(site);
  }
  return { study, sites, nctId };
}
