import { describe, expect, it } from "vitest";
import { findCity, nearestCity } from "../../../server/modules/geo/city-index";
import { CITY_ALIASES } from "../../../server/modules/geo/city-aliases";
import { countryCodeOf, resolveLocation } from "../../../server/modules/geo/locate";
import { alternativeKeys, placeKey, skeletonKey } from "../../../server/modules/geo/place-names";
import { distanceKm } from "../../../server/modules/routing/route-inquiry";

const near = (a: { lat: number; lon: number } | null, lat: number, lon: number, km = 25) => {
  expect(a).not.toBeNull();
  expect(distanceKm(a!, { lat, lon })).toBeLessThan(km);
};

describe("resolveLocation by city", () => {
  it("finds Cairo", async () => {
    const r = await resolveLocation({ city: "Cairo" });
    expect(r).toMatchObject({ countryCode: "EG", label: "Cairo, EG", source: "CITY" });
    near(r, 30.0444, 31.2357);
  });

  it("finds Assiut with country EG, though GeoNames spells it Asyūţ", async () => {
    const r = await resolveLocation({ city: "Assiut", country: "EG" });
    expect(r).toMatchObject({ countryCode: "EG", label: "Asyūţ, EG", source: "CITY" });
    near(r, 27.1866, 31.1712);
    expect(await resolveLocation({ city: "Asyut", country: "Egypt" })).toEqual(r);
    expect(await resolveLocation({ city: "asyūṭ" })).toEqual(r);
  });

  it("finds Arabic city names from our alias list", async () => {
    expect(await resolveLocation({ city: "أسيوط" })).toMatchObject({ countryCode: "EG", label: "Asyūţ, EG" });
    expect(await resolveLocation({ city: "القاهرة", country: "مصر" })).toMatchObject({ countryCode: "EG", label: "Cairo, EG" });
    // Without hamza and with ه for ة, as often typed.
    expect(await resolveLocation({ city: "القاهره" })).toMatchObject({ label: "Cairo, EG" });
    expect(await resolveLocation({ city: "اسيوط" })).toMatchObject({ label: "Asyūţ, EG" });
  });

  it("ignores accents and case (Lariboisière-style names)", async () => {
    const a = await resolveLocation({ city: "Zürich", country: "CH" });
    const b = await resolveLocation({ city: "ZURICH", country: "ch" });
    expect(b).toEqual(a);
    expect(await resolveLocation({ city: "Sao Paulo" })).toMatchObject({ countryCode: "BR", label: "São Paulo, BR" });
    expect(await resolveLocation({ city: "Montreal", country: "Canada" })).toMatchObject({ countryCode: "CA", label: "Montréal, CA" });
  });

  it("breaks ties by country, then population: Paris FR against Paris, TX", async () => {
    expect(await resolveLocation({ city: "Paris" })).toMatchObject({ countryCode: "FR", label: "Paris, FR" });
    expect(await resolveLocation({ city: "Paris", country: "FR" })).toMatchObject({ countryCode: "FR" });
    const us = await resolveLocation({ city: "Paris", country: "United States" });
    expect(us).toMatchObject({ countryCode: "US", label: "Paris, TX, US" });
    near(us, 33.66, -95.56);
    expect(await resolveLocation({ city: "Paris", country: "US", state: "Kentucky" })).toMatchObject({ label: "Paris, KY, US" });
  });

  it("knows alternative forms: Frankfurt, New York, The Bronx, Praha, St./Saint", async () => {
    expect(await resolveLocation({ city: "Frankfurt", country: "DE" })).toMatchObject({ label: "Frankfurt am Main, DE" });
    expect(await resolveLocation({ city: "New York", country: "US" })).toMatchObject({ label: "New York City, NY, US" });
    expect(await resolveLocation({ city: "Bronx", country: "US" })).toMatchObject({ label: "The Bronx, NY, US" });
    expect(await resolveLocation({ city: "Praha 2", country: "Czechia" })).toMatchObject({ label: "Prague, CZ" });
    expect(await resolveLocation({ city: "Saint Louis", country: "US", state: "MO" })).toMatchObject({ label: "St. Louis, MO, US" });
  });

  it("returns null for an unknown place, an unknown country, or a city not in the given country", async () => {
    expect(await resolveLocation({ city: "Xyzzyville" })).toBeNull();
    expect(await resolveLocation({ city: "Paris", country: "Narnia" })).toBeNull();
    expect(await resolveLocation({ city: "Assiut", country: "FR" })).toBeNull();
    expect(await resolveLocation({})).toBeNull();
    expect(await resolveLocation({ city: "   " })).toBeNull();
  });
});

describe("resolveLocation by postal code", () => {
  it("finds US ZIP 02115 in Boston", async () => {
    const r = await resolveLocation({ postalCode: "02115" });
    expect(r).toMatchObject({ countryCode: "US", label: "Boston, MA 02115, US", source: "POSTAL_CODE" });
    near(r, 42.3427, -71.0922, 2);
    expect(await resolveLocation({ postalCode: "02115-5724", country: "US" })).toMatchObject({ source: "POSTAL_CODE" });
  });

  it("finds Canadian postal codes by their first three characters", async () => {
    const r = await resolveLocation({ postalCode: "m5v 3l9", country: "CA" });
    expect(r).toMatchObject({ countryCode: "CA", source: "POSTAL_CODE" });
    near(r, 43.65, -79.37);
  });

  it("does not read an Egyptian or French postal code as a US ZIP", async () => {
    expect(await resolveLocation({ postalCode: "71515", city: "Assiut", country: "EG" })).toMatchObject({ source: "CITY", countryCode: "EG" });
    expect(await resolveLocation({ postalCode: "75010", city: "Paris" })).toMatchObject({ source: "CITY", countryCode: "FR" });
    expect(await resolveLocation({ postalCode: "75010", country: "FR" })).toBeNull();
  });

  it("falls back to the city when the postal code is unknown", async () => {
    expect(await resolveLocation({ postalCode: "00000", city: "Boston", country: "US" })).toMatchObject({ source: "CITY", label: "Boston, MA, US" });
  });
});

describe("resolveLocation by coordinates", () => {
  it("uses the browser's coordinates as given, with the country of the nearest city", async () => {
    const r = await resolveLocation({ lat: 27.18, lon: 31.18, city: "ignored" });
    expect(r).toEqual({ lat: 27.18, lon: 31.18, countryCode: "EG", label: "near Asyūţ, EG", source: "BROWSER" });
  });

  it("gives no country in the middle of the ocean", async () => {
    expect(await resolveLocation({ lat: 0, lon: -150 })).toMatchObject({ countryCode: null, source: "BROWSER", label: "0.000, -150.000" });
  });

  it("ignores impossible coordinates", async () => {
    expect(await resolveLocation({ lat: 120, lon: 10 })).toBeNull();
    expect(await resolveLocation({ lat: Number.NaN, lon: 10, city: "Cairo" })).toMatchObject({ source: "CITY" });
  });

  it("finds the nearest city across the antimeridian and a cell border", () => {
    expect(nearestCity(-18.1416, 178.4419)).toMatchObject({ countryCode: "FJ" }); // Suva
    expect(nearestCity(30.0, 31.2351)?.countryCode).toBe("EG");
  });
});

describe("countryCodeOf", () => {
  it("reads codes and names in English, French, Spanish and Arabic", () => {
    expect(countryCodeOf("EG")).toBe("EG");
    expect(countryCodeOf("eg")).toBe("EG");
    expect(countryCodeOf("Egypt")).toBe("EG");
    expect(countryCodeOf("Égypte")).toBe("EG");
    expect(countryCodeOf("Egipto")).toBe("EG");
    expect(countryCodeOf("مصر")).toBe("EG");
    expect(countryCodeOf("Korea, Republic of")).toBe("KR");
    expect(countryCodeOf("UK")).toBe("GB");
    expect(countryCodeOf("Côte d’Ivoire")).toBe("CI");
    expect(countryCodeOf("Estados Unidos")).toBe("US");
  });

  it("returns null for what is not a country", () => {
    expect(countryCodeOf("XX")).toBeNull();
    expect(countryCodeOf("EU")).toBeNull();
    expect(countryCodeOf("Narnia")).toBeNull();
    expect(countryCodeOf("")).toBeNull();
    expect(countryCodeOf(null)).toBeNull();
  });
});

describe("place names and the city index", () => {
  it("normalises names", () => {
    expect(placeKey("Lariboisière")).toBe("lariboisiere");
    expect(placeKey("  Asyūţ ")).toBe("asyut");
    expect(placeKey("‘Ajlūn")).toBe("ajlun");
    expect(placeKey("Saint-Étienne")).toBe("saint etienne");
    expect(placeKey("Łódź")).toBe("lodz");
    expect(placeKey("الإسكندرية")).toBe(placeKey("الاسكندريه"));
    expect(alternativeKeys("Frankfurt (Oder)", placeKey("Frankfurt (Oder)"))).toContain("frankfurt");
    expect(skeletonKey("assiut")).toBe(skeletonKey("asyut"));
    expect(skeletonKey(placeKey("Mansoura"))).toBe(skeletonKey(placeKey("Al Manşūrah")));
  });

  it.each(CITY_ALIASES.map(([alias, name, country]) => [alias, name, country]))("resolves the alias %s to %s (%s)", (alias, name, country) => {
    const hit = findCity(alias, country);
    expect(hit).toMatchObject({ name, countryCode: country });
  });
});
