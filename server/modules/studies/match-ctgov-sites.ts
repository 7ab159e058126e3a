// Finds the Site of each ClinicalTrials.gov location, creating the ones we do not have yet.
// A location matches a site by its match key (facility|city|country, normalised), else by the
// same normalised facility name within 5 km (or in the same city when either has no
// coordinates): the same hospital under a slightly different city spelling, or a site an admin
// entered by hand.
import { randomUUID } from "node:crypto";
import type { Tx } from "../../db/prisma";
import type { Prisma } from "../../generated/prisma/client";
import { distanceKm } from "../routing/route-inquiry";
import type { CtgovLocation } from "./ctgov-map";
import { normalizeKeyPart } from "./normalize-key";
import { defaultLanguages, defaultWorkingHours, placeOfLocation } from "./site-defaults";

const SAME_SITE_KM = 5;

export type LocatedLink = { siteId: string; location: CtgovLocation };
export type SiteMatchResult = { links: LocatedLink[]; sitesCreated: number; sitesMatched: number; locationsSkipped: number };

type KnownSite = { id: string; name: string; city: string; latitude: number | null; longitude: number | null; matchKey: string | null };

export async function matchOrCreateSites(tx: Tx, locations: CtgovLocation[]): Promise<SiteMatchResult> {
  // One link per location key; a location without a country cannot become a site.
  const byKey = new Map<string, CtgovLocation & { countryCode: string }>();
  let locationsSkipped = 0;
  for (const l of locations) {
    if (!l.countryCode) locationsSkipped++;
    else if (!byKey.has(l.matchKey)) byKey.set(l.matchKey, { ...l, countryCode: l.countryCode });
  }
  const wanted = [...byKey.values()];
  const keyed = await tx.site.findMany({ where: { matchKey: { in: [...byKey.keys()] } }, select: { id: true, matchKey: true } });
  const siteByKey = new Map(keyed.map((s) => [s.matchKey!, s.id]));

  const unmatched = wanted.filter((l) => !siteByKey.has(l.matchKey));
  const countries = [...new Set(unmatched.map((l) => l.countryCode))];
  const nearby: KnownSite[] = countries.length
    ? await tx.site.findMany({
        where: { countryCode: { in: countries } },
        select: { id: true, name: true, city: true, latitude: true, longitude: true, matchKey: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      })
    : [];
  const byName = new Map<string, KnownSite[]>();
  for (const s of nearby) {
    const k = normalizeKeyPart(s.name);
    byName.set(k, [...(byName.get(k) ?? []), s]);
  }

  const toCreate: Prisma.SiteCreateManyInput[] = [];
  for (const l of unmatched) {
    const same = l.facility ? closestSameName(byName.get(normalizeKeyPart(l.facility)) ?? [], l) : null;
    if (same) {
      siteByKey.set(l.matchKey, same.id);
      // Remember the key so the next import matches at once (keys are unique: only if free).
      if (same.matchKey === null) {
        same.matchKey = l.matchKey;
        await tx.site.update({ where: { id: same.id }, data: { matchKey: l.matchKey } });
      }
      continue;
    }
    const id = randomUUID();
    const place = await placeOfLocation(l);
    toCreate.push({
      id,
      name: l.facility ?? `${l.city ?? l.countryCode} study site`,
      city: l.city ?? "",
      state: l.state,
      postalCode: l.zip,
      countryCode: l.countryCode,
      latitude: place.lat,
      longitude: place.lon,
      timeZone: place.timeZone,
      languages: defaultLanguages(l.countryCode),
      workingHours: defaultWorkingHours(l.countryCode),
      matchKey: l.matchKey,
      source: "CTGOV",
    });
    siteByKey.set(l.matchKey, id);
  }
  if (toCreate.length > 0) await tx.site.createMany({ data: toCreate });

  // Two locations of one record can be the same site: the first one's details win.
  const links = new Map<string, LocatedLink>();
  for (const l of wanted) {
    const siteId = siteByKey.get(l.matchKey)!;
    if (!links.has(siteId)) links.set(siteId, { siteId, location: l });
  }
  const sitesCreated = toCreate.length;
  return { links: [...links.values()], sitesCreated, sitesMatched: links.size - sitesCreated, locationsSkipped };
}

function closestSameName(sites: KnownSite[], l: CtgovLocation): KnownSite | null {
  let best: KnownSite | null = null;
  let bestKm = Infinity;
  for (const s of sites) {
    if (l.lat !== null && l.lon !== null && s.latitude !== null && s.longitude !== null) {
      const km = distanceKm({ lat: l.lat, lon: l.lon }, { lat: s.latitude, lon: s.longitude });
      if (km <= SAME_SITE_KM && km < bestKm) {
        best = s;
        bestKm = km;
      }
    } else if (bestKm === Infinity && normalizeKeyPart(s.city) === normalizeKeyPart(l.city)) {
      best = s;
    }
  }
  return best;
}
