// Builds every demo row in memory (no database): studies, sites, links, coordinators and
// inquiries. Deterministic for a given random source and `now`.
import type { Prisma } from "../../server/generated/prisma/client";
import type { StudyStatus } from "../../server/generated/prisma/enums";
import { locationMatchKey, splitEligibilityCriteria } from "../../server/modules/studies/ctgov-map";
import { loadSeedCtgovStudies, siteDefaults } from "./demo-ctgov";
import { generateInquiries, type InquiryRows, type SeedSite, type SeedStudy } from "./demo-inquiries";
import { DEMO_COORDINATORS, domainFromName, IMPORTED_SITE_COORDINATORS, staffEmail } from "./demo-people";
import { DEMO_LINKS, DEMO_SITES } from "./demo-sites";
import { ILLUSTRATIVE_STUDIES } from "./demo-illustrative-studies";
import { ITP_STUDY, SEED_FAQS, type DemoStudy } from "./demo-studies";
import type { Rng } from "./random";

export const DEMO_INQUIRY_COUNT = 300;
export const DEMO_INQUIRY_DAYS = 120;

const DAY = 24 * 3600_000;

export type DemoPlan = InquiryRows & {
  studies: Prisma.StudyCreateManyInput[];
  sites: Prisma.SiteCreateManyInput[];
  studySites: Prisma.StudySiteCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  accounts: Prisma.AccountCreateManyInput[];
  memberships: Prisma.SiteMembershipCreateManyInput[];
  coordinatorEmails: string[];
};

type SiteInfo = SeedSite & { city: string; status: "demo" | "imported"; acceptingInquiries: boolean; domain: string; phone: string | null };

function dateOnly(value: string | number | null, now: number): Date | null {
  if (value === null) return null;
  const d = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : new Date(now + value * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function demoStudyRow(s: DemoStudy, id: string, now: number): Prisma.StudyCreateManyInput {
  const { inclusion, exclusion } = splitEligibilityCriteria(s.eligibilityCriteria);
  const { key: _key, inquiryWeight: _w, startDate, primaryCompletionDate, lastUpdatePostedAt, ...fields } = s;
  return {
    ...fields,
    id,
    studyType: "INTERVENTIONAL",
    sex: "ALL",
    healthyVolunteers: false,
    inclusionCriteria: inclusion,
    exclusionCriteria: exclusion,
    startDate: dateOnly(startDate, now),
    primaryCompletionDate: dateOnly(primaryCompletionDate, now),
    lastUpdatePostedAt: dateOnly(lastUpdatePostedAt, now),
    faqs: SEED_FAQS,
    published: true,
    source: "SEED",
    createdAt: new Date(now - 160 * DAY),
  };
}

export function buildDemoPlan(rng: Rng, nowDate: Date, passwordHash: string): DemoPlan {
  const now = nowDate.getTime();
  const setupAt = new Date(now - 150 * DAY);
  const plan: DemoPlan = { studies: [], sites: [], studySites: [], users: [], accounts: [], memberships: [], coordinatorEmails: [], inquiries: [], decisions: [], changes: [], activities: [] };
  const sites = new Map<string, SiteInfo>();
  const studies = new Map<string, SeedStudy & { status: StudyStatus }>();

  // Seed study and illustrative studies, their sites and links.
  for (const s of [ITP_STUDY, ...ILLUSTRATIVE_STUDIES]) {
    const id = rng.uuid();
    plan.studies.push(demoStudyRow(s, id, now));
    studies.set(s.key, { id, key: s.key, inquiryWeight: s.inquiryWeight, links: [], status: s.overallStatus });
  }
  for (const s of DEMO_SITES) {
    const id = rng.uuid();
    const { key, lat, lon, otherLocalLanguages: _o, catchment: _c, domain, ...fields } = s;
    plan.sites.push({
      ...fields,
      id,
      latitude: lat,
      longitude: lon,
      email: `research@${domain}.example.org`,
      alertEmails: [`inquiries@${domain}.example.org`],
      active: true,
      matchKey: locationMatchKey(s.name, s.city, s.countryCode),
      source: "SEED",
      createdAt: setupAt,
    });
    sites.set(key, { ...s, id, coordinatorIds: [], status: "demo" });
  }

  // Real ClinicalTrials.gov records and the sites created from their locations.
  const imported = loadSeedCtgovStudies();
  const importedLinks: Array<{ study: string; site: string; recruitmentStatus: StudyStatus; contacts: Prisma.InputJsonValue }> = [];
  for (const { study, locations } of imported) {
    const id = rng.uuid();
    plan.studies.push({ ...study, id, source: "CTGOV", importedAt: new Date(now - 30 * DAY), published: true, createdAt: new Date(now - 30 * DAY) });
    studies.set(study.nctId, { id, key: study.nctId, inquiryWeight: 0, links: [], status: study.overallStatus });
    for (const loc of locations) {
      if (!loc.countryCode || !loc.facility || !loc.city) continue;
      let site = [...sites.values()].find((x) => locationMatchKey(x.name, x.city, x.countryCode) === loc.matchKey);
      if (!site) {
        const defaults = siteDefaults(loc.countryCode, loc.state);
        const domain = domainFromName(loc.facility);
        const siteId = rng.uuid();
        plan.sites.push({
          id: siteId, name: loc.facility, city: loc.city, state: loc.state, postalCode: loc.zip, countryCode: loc.countryCode,
          latitude: loc.lat, longitude: loc.lon, ...defaults, alertEmails: [`inquiries@${domain}.example.org`],
          matchKey: loc.matchKey, source: "CTGOV", createdAt: new Date(now - 30 * DAY),
        });
        site = {
          key: loc.matchKey, id: siteId, name: loc.facility, city: loc.city, countryCode: loc.countryCode, lat: loc.lat, lon: loc.lon,
          languages: defaults.languages, otherLocalLanguages: [], catchment: [], coordinatorIds: [], status: "imported",
          acceptingInquiries: true, domain, phone: null,
        };
        sites.set(site.key, site);
      }
      importedLinks.push({ study: study.nctId, site: site.key, recruitmentStatus: loc.status ?? study.overallStatus, contacts: loc.contacts });
    }
  }

  // Coordinators: 1-2 per site, one of them in two sites.
  const addUser = (name: string, siteKeys: string[], locale: string) => {
    const first = sites.get(siteKeys[0]!)!;
    const userId = rng.uuid();
    const email = staffEmail(name, first.domain);
    plan.users.push({
      id: userId, name, email, emailVerified: true, role: "COORDINATOR", locale, active: true,
      lastSignInAt: rng.chance(0.8) ? new Date(now - rng.float(0.5, 72) * 3600_000) : null, createdAt: setupAt, updatedAt: setupAt,
    });
    plan.accounts.push({ id: rng.uuid(), providerId: "credential", accountId: userId, userId, password: passwordHash, createdAt: setupAt, updatedAt: setupAt });
    for (const key of siteKeys) {
      plan.memberships.push({ id: rng.uuid(), userId, siteId: sites.get(key)!.id, notify: true, createdAt: setupAt });
      sites.get(key)!.coordinatorIds.push(userId);
    }
    plan.coordinatorEmails.push(email);
  };
  for (const c of DEMO_COORDINATORS) addUser(c.name, c.sites, c.locale);
  for (const site of sites.values()) {
    const name = IMPORTED_SITE_COORDINATORS[site.name];
    if (site.status === "imported" && name) addUser(name, [site.key], "en");
  }

  // Study-site links, with the site's first coordinator as primary contact.
  const addLink = (studyKey: string, siteKey: string, recruitmentStatus: StudyStatus, accepting: boolean, contacts?: Prisma.InputJsonValue) => {
    const study = studies.get(studyKey)!;
    const site = sites.get(siteKey)!;
    const firstCoordinator = plan.users.find((u) => u.id === site.coordinatorIds[0]);
    const primary = site.status === "demo" && firstCoordinator ? { name: firstCoordinator.name, email: firstCoordinator.email, phone: site.phone } : null;
    plan.studySites.push({
      id: rng.uuid(), studyId: study.id, siteId: site.id, recruitmentStatus, acceptingInquiries: accepting,
      primaryContactName: primary?.name ?? null, primaryContactEmail: primary?.email ?? null, primaryContactPhone: primary?.phone ?? null,
      contacts: contacts ?? (primary ? [{ ...primary, role: "CONTACT" }] : []), createdAt: setupAt,
    });
    const eligible = study.status === "RECRUITING" && recruitmentStatus === "RECRUITING" && accepting && site.acceptingInquiries;
    const reason = !site.acceptingInquiries ? "SITE_NOT_ACCEPTING_INQUIRIES" : recruitmentStatus !== "RECRUITING" || !accepting ? "SITE_NOT_RECRUITING" : study.status !== "RECRUITING" ? "STUDY_NOT_RECRUITING" : "ELIGIBLE";
    study.links.push({ site, eligible, reason });
  };
  for (const l of DEMO_LINKS) addLink(l.study, l.site, l.recruitmentStatus ?? "RECRUITING", l.acceptingInquiries ?? true);
  for (const l of importedLinks) addLink(l.study, l.site, l.recruitmentStatus, l.recruitmentStatus === "RECRUITING", l.contacts);

  const rows = generateInquiries(rng, { now: nowDate, count: DEMO_INQUIRY_COUNT, days: DEMO_INQUIRY_DAYS, studies: [...studies.values()] });
  return { ...plan, ...rows };
}
