// The people behind demo inquiries: where they live, which language they prefer, how they wrote
// their name, e-mail and phone number.
import { namePoolFor, SPAM_NAMES } from "./demo-names";
import { familyEmail, familyPhone } from "./demo-people";
import type { Locality } from "./demo-sites";
import type { RoutingSite } from "./demo-routing";
import type { Rng } from "./random";

export type FamilySite = RoutingSite & { otherLocalLanguages: string[]; catchment: Locality[] };

export type LocationInput = { postalCode?: string; city?: string; country?: string; lat?: number; lon?: number };

export type Family = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  phoneRaw: string;
  /** Language of the page the form was sent from. */
  language: string;
  otherLanguage: string | null;
  locationInput: LocationInput | null;
  lat: number | null;
  lon: number | null;
  countryCode: string;
  locationSource: string | null;
};

/** Interface languages of the public pages. */
export const UI_LANGUAGES = ["en", "ar", "es", "fr"];

/** The language routing uses: the preferred other language, else the page language. */
export const routingLanguage = (f: Family) => f.otherLanguage ?? f.language;

function pickLanguages(rng: Rng, site: FamilySite): { language: string; otherLanguage: string | null } {
  const spoken =
    site.otherLocalLanguages.length > 0 && rng.chance(0.1)
      ? rng.pick(site.otherLocalLanguages)
      : rng.weighted(site.languages.map((l, i) => [l, i === 0 ? 6 : 2] as const));
  const siteUi = site.languages.filter((l) => UI_LANGUAGES.includes(l));
  const language = UI_LANGUAGES.includes(spoken) ? spoken : siteUi.length > 0 ? rng.pick(siteUi) : "en";
  if (spoken !== language) return { language, otherLanguage: spoken };
  const second = site.languages.filter((l) => l !== language);
  return { language, otherLanguage: second.length > 0 && rng.chance(0.12) ? rng.pick(second) : null };
}

function pickLocation(rng: Rng, site: FamilySite): Pick<Family, "locationInput" | "lat" | "lon" | "locationSource"> {
  const [city, lat, lon, postalCode] = rng.pick(site.catchment);
  const country = site.countryCode;
  const how = rng.weighted([["CITY", 55], ["POSTAL_CODE", postalCode ? 20 : 0], ["BROWSER", 20], ["NONE", 5]] as const);
  switch (how) {
    case "CITY":
      return { locationInput: { city, country }, lat, lon, locationSource: "CITY" };
    case "POSTAL_CODE":
      return { locationInput: { postalCode: postalCode!, country }, lat, lon, locationSource: "POSTAL_CODE" };
    case "BROWSER": {
      const bLat = Math.round((lat + rng.float(-0.03, 0.03)) * 1e5) / 1e5;
      const bLon = Math.round((lon + rng.float(-0.03, 0.03)) * 1e5) / 1e5;
      return { locationInput: { lat: bLat, lon: bLon }, lat: bLat, lon: bLon, locationSource: "BROWSER" };
    }
    default:
      return { locationInput: { country }, lat: null, lon: null, locationSource: null };
  }
}

/** Different families never share an e-mail address or a phone (that would look like a duplicate). */
function uniqueEmail(used: Set<string>, make: () => string): string {
  let email = make();
  for (let i = 2; used.has(email); i++) email = email.replace("@", `${i}@`);
  used.add(email);
  return email;
}

function uniquePhone(used: Set<string>, make: () => { phone: string; phoneRaw: string }): { phone: string; phoneRaw: string } {
  let p = make();
  for (let i = 0; used.has(p.phone) && i < 100; i++) p = make();
  used.add(p.phone);
  return p;
}

/** A family living near `site`, speaking one of the languages of its area. */
export function makeFamily(rng: Rng, site: FamilySite, used: Set<string>): Family {
  const { language, otherLanguage } = pickLanguages(rng, site);
  const spoken = otherLanguage ?? language;
  const pool = namePoolFor(spoken, site.countryCode);
  const [firstNative, firstLatin] = rng.pick(pool.first);
  const [lastNative, lastLatin] = rng.pick(pool.last);
  const arabicScript =
    firstNative !== firstLatin && language === "ar" && rng.chance(["EG", "AE", "MA"].includes(site.countryCode) ? 0.6 : 0.3);
  return {
    firstName: arabicScript ? firstNative : firstLatin,
    lastName: arabicScript ? lastNative : lastLatin,
    email: uniqueEmail(used, () => familyEmail(rng, firstLatin, lastLatin)),
    ...uniquePhone(used, () => familyPhone(rng, site.key, site.countryCode)),
    language,
    otherLanguage,
    ...pickLocation(rng, site),
    countryCode: site.countryCode,
  };
}

/** Junk submissions that coordinators mark as spam. */
export function makeSpam(rng: Rng, site: FamilySite, used: Set<string>): Family {
  const [firstName, lastName] = rng.pick(SPAM_NAMES);
  const local = rng.pick(["promo", "winner", "seo-team", "info", "noreply"]);
  return {
    firstName,
    lastName,
    email: uniqueEmail(used, () => `${local}${rng.int(10, 9999)}@${rng.pick(["example.com", "example.net"])}`),
    ...uniquePhone(used, () => familyPhone(rng, site.key, site.countryCode)),
    language: "en",
    otherLanguage: null,
    locationInput: rng.chance(0.5) ? { city: rng.pick(["xxx", "test", "1234"]) } : null,
    lat: null,
    lon: null,
    countryCode: site.countryCode,
    locationSource: null,
  };
}
