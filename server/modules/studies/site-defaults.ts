// What a site created from a ClinicalTrials.gov location starts with, for admins to correct:
// ClinicalTrials.gov says nothing about languages, time zones or working hours.
import { resolveLocation } from "../geo/locate";
import { timeZoneAt, timeZoneOfCountry } from "../geo/time-zone";
import type { CtgovLocation } from "./ctgov-map";

type Day = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export type WorkingHours = Partial<Record<Day, Array<[string, string]>>>;

// Countries whose working week runs Sunday to Thursday.
const SUN_THU = new Set(["EG", "SA", "IL", "JO", "KW", "QA", "BH", "OM", "IQ", "YE", "DZ", "LY", "SY", "SD"]);

export function defaultWorkingHours(countryCode: string): WorkingHours {
  const days: Day[] = SUN_THU.has(countryCode) ? ["sun", "mon", "tue", "wed", "thu"] : ["mon", "tue", "wed", "thu", "fri"];
  return Object.fromEntries(days.map((d) => [d, [["09:00", "17:00"]]]));
}

/**
 * The country's most likely language (CLDR likely subtags, through Intl) and English, in which
 * every ClinicalTrials.gov record is written: "EG" -> ["ar", "en"], "US" -> ["en"].
 */
export function defaultLanguages(countryCode: string): string[] {
  let language = "und";
  try {
    language = new Intl.Locale(`und-${countryCode}`).maximize().language;
  } catch {
    // An unknown region: English only.
  }
  return [...new Set(language === "und" ? ["en"] : [language, "en"])];
}

/**
 * Coordinates and time zone for a new site: the record's geoPoint, else the postal code or city
 * looked up offline; the zone from the coordinates, else the country's main zone, else UTC.
 */
export async function placeOfLocation(loc: CtgovLocation & { countryCode: string }) {
  let lat = loc.lat;
  let lon = loc.lon;
  if (lat === null || lon === null) {
    const found = await resolveLocation({ postalCode: loc.zip ?? undefined, city: loc.city ?? undefined, country: loc.countryCode, state: loc.state ?? undefined });
    lat = found?.lat ?? null;
    lon = found?.lon ?? null;
  }
  const timeZone = (lat !== null && lon !== null ? timeZoneAt(lat, lon) : null) ?? timeZoneOfCountry(loc.countryCode) ?? "UTC";
  return { lat, lon, timeZone };
}
