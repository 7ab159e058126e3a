import { describe, expect, it } from "vitest";
import { timeZoneAt, timeZoneOfCountry } from "../../../server/modules/geo/time-zone";
import { countryName, countryToIso2 } from "../../../server/modules/studies/country-codes";
import { defaultLanguages, defaultWorkingHours, placeOfLocation } from "../../../server/modules/studies/site-defaults";
import type { CtgovLocation } from "../../../server/modules/studies/ctgov-map";

describe("defaults for sites created from ClinicalTrials.gov locations", () => {
  it("guesses the country's language and English", () => {
    expect(defaultLanguages("EG")).toEqual(["ar", "en"]);
    expect(defaultLanguages("FR")).toEqual(["fr", "en"]);
    expect(defaultLanguages("US")).toEqual(["en"]);
    expect(defaultLanguages("CN")).toEqual(["zh", "en"]);
  });

  it("sets working hours on the country's working week", () => {
    expect(Object.keys(defaultWorkingHours("EG"))).toEqual(["sun", "mon", "tue", "wed", "thu"]);
    expect(defaultWorkingHours("DE")).toEqual(Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["09:00", "17:00"]]])));
  });

  it("finds the time zone from coordinates, else the country's main zone", async () => {
    expect(timeZoneAt(27.18, 31.18)).toBe("Africa/Cairo");
    expect(timeZoneAt(42.34, -71.09)).toBe("America/New_York");
    expect(timeZoneAt(95, 0)).toBeNull();
    expect(timeZoneOfCountry("CN")).toBe("Asia/Shanghai");
    expect(timeZoneOfCountry("eg")).toBe("Africa/Cairo");
    const base: CtgovLocation = { facility: "X", city: "Hainan", state: null, zip: "570311", country: "China", countryCode: "CN", lat: null, lon: null, status: null, contacts: [], matchKey: "x|hainan|cn" };
    expect(await placeOfLocation({ ...base, countryCode: "CN" })).toEqual({ lat: null, lon: null, timeZone: "Asia/Shanghai" });
    const boston = await placeOfLocation({ ...base, city: "Boston", state: "Massachusetts", zip: "02115", country: "United States", countryCode: "US" });
    expect(boston).toMatchObject({ lat: 42.3427, lon: -71.0922, timeZone: "America/New_York" });
  });
});

describe("country codes", () => {
  it("reads ClinicalTrials.gov's names and ICU's names in four languages", () => {
    expect(countryToIso2("Congo, The Democratic Republic of the")).toBe("CD");
    expect(countryToIso2("Iran, Islamic Republic of")).toBe("IR");
    expect(countryToIso2("Türkiye")).toBe("TR");
    expect(countryToIso2("Allemagne")).toBe("DE");
    expect(countryToIso2("Alemania")).toBe("DE");
    expect(countryToIso2("ألمانيا")).toBe("DE");
    expect(countryToIso2("Vietnam")).toBe("VN");
    expect(countryToIso2("uk")).toBe("GB");
    expect(countryToIso2("ZZ")).toBeNull();
    expect(countryName("EG")).toBe("Egypt");
    expect(countryName("EG", "ar")).toBe("مصر");
  });
});
