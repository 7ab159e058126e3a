// IANA time zone of a place, offline: @photostructure/tz-lookup (boundaries compiled into a
// 70 kB lookup table, CC0) from coordinates; for a place without coordinates, the zone of its
// country's most populous city.
import tzlookup from "@photostructure/tz-lookup";
import { largestCity } from "./city-index";

/** The time zone at a point, or null for invalid coordinates. */
export function timeZoneAt(lat: number, lon: number): string | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  try {
    return tzlookup(lat, lon);
  } catch {
    return null;
  }
}

/**
 * The main time zone of a country (that of its largest city): right for most countries, a guess
 * for those spanning several zones (US, CA, RU, AU, BR...), which admins can correct per site.
 */
export function timeZoneOfCountry(countryCode: string): string | null {
  const city = largestCity(countryCode.toUpperCase());
  return city ? timeZoneAt(city.lat, city.lon) : null;
}
