// Demo sites and their links to the demo studies.
// The three Egyptian centres are the real hospitals behind the seed study (NCT07068126). The
// sites of the illustrative studies have invented names (no real hospital runs those studies),
// placed at real city coordinates with the correct IANA time zone and local working hours.
// Every e-mail address is on an example.org domain. Phone numbers: see demo-people.ts.
import type { StudyStatus } from "../../server/generated/prisma/enums";

type Range = [string, string];
export type WorkingHours = Partial<Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", Range[]>>;

/** A nearby town where families come from: [city, lat, lon, postal code]. */
export type Locality = [string, number, number, string | null];

export type DemoSite = {
  key: string;
  name: string;
  organization: string | null;
  addressLine: string | null;
  city: string;
  state: string | null;
  postalCode: string | null;
  countryCode: string;
  lat: number;
  lon: number;
  timeZone: string;
  /** BCP 47 codes of the languages the staff speak with families. */
  languages: string[];
  /** Languages of local families the staff do not speak (the inquiry then needs an interpreter). */
  otherLocalLanguages: string[];
  /** E-mail host, under example.org: coordinator@<domain>.example.org. */
  domain: string;
  phone: string;
  weeklyCap: number | null;
  workingHours: WorkingHours;
  acceptingInquiries: boolean;
  catchment: Locality[];
};

const days = (list: Array<keyof WorkingHours>, ...ranges: Range[]): WorkingHours =>
  Object.fromEntries(list.map((d) => [d, ranges]));
const SUN_THU = ["sun", "mon", "tue", "wed", "thu"] as const;
const MON_FRI = ["mon", "tue", "wed", "thu", "fri"] as const;
const MON_THU = ["mon", "tue", "wed", "thu"] as const;

const EGYPT_HOURS = days([...SUN_THU], ["09:00", "15:00"]);

export const DEMO_SITES: DemoSite[] = [
  // --- Egypt: the seed study's pediatric hematology centres -----------------------------------
  {
    key: "eg-assiut", name: "Assiut University Children's Hospital", organization: "Assiut University",
    addressLine: "Assiut University Hospitals, El Gamaa Street", city: "Assiut", state: "Assiut Governorate",
    postalCode: "71515", countryCode: "EG", lat: 27.1866, lon: 31.1712, timeZone: "Africa/Cairo",
    languages: ["ar", "en"], otherLocalLanguages: [], domain: "aun-childrens", phone: "+20882555010",
    weeklyCap: null, workingHours: EGYPT_HOURS, acceptingInquiries: true,
    catchment: [["Assiut", 27.181, 31.1837, "71511"], ["Abnub", 27.2696, 31.1511, null], ["Manfalut", 27.3104, 30.9703, null],
      ["Abu Tig", 27.0444, 31.315, null], ["Sohag", 26.5591, 31.6957, "82511"], ["Minya", 28.1099, 30.7503, "61511"]],
  },
  {
    key: "eg-abu-el-reesh", name: "Abu El Reesh Children's Hospital, Cairo University", organization: "Cairo University",
    addressLine: "Ali Ibrahim Street, Al Mounira, El Sayeda Zeinab", city: "Cairo", state: "Cairo Governorate",
    postalCode: "11562", countryCode: "EG", lat: 30.0306, lon: 31.2335, timeZone: "Africa/Cairo",
    languages: ["ar", "en"], otherLocalLanguages: [], domain: "abuelreesh-cu", phone: "+20225550120",
    weeklyCap: 10, workingHours: EGYPT_HOURS, acceptingInquiries: true,
    catchment: [["Giza", 30.0131, 31.2089, "12511"], ["El Sayeda Zeinab", 30.0292, 31.2364, "11617"], ["Helwan", 29.8414, 31.3008, "11731"],
      ["6th of October City", 29.9285, 30.9188, "12566"], ["Beni Suef", 29.0661, 31.0994, "62511"], ["Faiyum", 29.3084, 30.8428, "63511"]],
  },
  {
    key: "eg-ain-shams", name: "Ain Shams University Children's Hospital", organization: "Ain Shams University",
    addressLine: "Ramses Street, El Abbasiya", city: "Cairo", state: "Cairo Governorate",
    postalCode: "11566", countryCode: "EG", lat: 30.0766, lon: 31.2826, timeZone: "Africa/Cairo",
    languages: ["ar", "en"], otherLocalLanguages: [], domain: "asu-childrens", phone: "+20224550130",
    weeklyCap: null, workingHours: EGYPT_HOURS, acceptingInquiries: true,
    catchment: [["Nasr City", 30.0561, 31.33, "11765"], ["Heliopolis", 30.0911, 31.3225, "11757"], ["Shubra El Kheima", 30.1286, 31.2422, null],
      ["Banha", 30.466, 31.1858, "13511"], ["Zagazig", 30.5877, 31.502, "44511"], ["El Obour", 30.2281, 31.48, null]],
  },
  // --- Illustrative sites ------------------------------------------------------------------------
  {
    key: "es-bcn", name: "Hospital Infantil Mediterrani", organization: "Xarxa Pediàtrica Mediterrània (demo)",
    addressLine: "Carrer de Provença 300", city: "Barcelona", state: "Catalonia", postalCode: "08008", countryCode: "ES",
    lat: 41.3874, lon: 2.1686, timeZone: "Europe/Madrid", languages: ["es", "ca", "en"], otherLocalLanguages: ["ar", "ur"],
    domain: "hospital-mediterrani", phone: "+34930555110", weeklyCap: 12, workingHours: days([...MON_FRI], ["08:00", "15:00"]),
    acceptingInquiries: true,
    catchment: [["Barcelona", 41.3874, 2.1686, "08025"], ["L'Hospitalet de Llobregat", 41.3596, 2.0997, "08901"], ["Badalona", 41.45, 2.2474, "08911"],
      ["Sabadell", 41.5433, 2.1094, "08201"], ["Girona", 41.9794, 2.8214, "17001"], ["Tarragona", 41.1189, 1.2445, "43001"]],
  },
  {
    key: "es-mad", name: "Hospital Pediátrico La Castellana", organization: "Red de Investigación Pediátrica (demo)",
    addressLine: "Calle de Alcalá 250", city: "Madrid", state: "Comunidad de Madrid", postalCode: "28028", countryCode: "ES",
    lat: 40.4168, lon: -3.7038, timeZone: "Europe/Madrid", languages: ["es", "en"], otherLocalLanguages: ["ro", "ar"],
    domain: "pediatrico-castellana", phone: "+34910555120", weeklyCap: null,
    workingHours: { ...days([...MON_THU], ["08:00", "15:00"], ["16:00", "18:00"]), fri: [["08:00", "14:00"]] },
    acceptingInquiries: true,
    catchment: [["Madrid", 40.4168, -3.7038, "28046"], ["Getafe", 40.3057, -3.7329, "28901"], ["Alcalá de Henares", 40.482, -3.3635, "28801"],
      ["Móstoles", 40.3228, -3.865, "28931"], ["Toledo", 39.8628, -4.0273, "45001"]],
  },
  {
    key: "fr-paris", name: "Centre Pédiatrique Paris-Est", organization: "Réseau Pédiatrique Francilien (démo)",
    addressLine: "48 boulevard de Belleville", city: "Paris", state: "Île-de-France", postalCode: "75020", countryCode: "FR",
    lat: 48.8566, lon: 2.3522, timeZone: "Europe/Paris", languages: ["fr", "en"], otherLocalLanguages: ["ar", "pt"],
    domain: "cp-paris-est", phone: "+33199000120", weeklyCap: null,
    workingHours: days([...MON_FRI], ["09:00", "12:30"], ["13:30", "17:30"]), acceptingInquiries: true,
    catchment: [["Paris", 48.8566, 2.3522, "75011"], ["Saint-Denis", 48.9362, 2.3574, "93200"], ["Créteil", 48.7904, 2.4556, "94000"],
      ["Versailles", 48.8049, 2.1204, "78000"], ["Argenteuil", 48.9472, 2.2467, "95100"]],
  },
  {
    key: "fr-lyon", name: "Hôpital de l'Enfance de Lyon", organization: "Réseau Pédiatrique Rhône-Alpes (démo)",
    addressLine: "25 rue de la République", city: "Lyon", state: "Auvergne-Rhône-Alpes", postalCode: "69002", countryCode: "FR",
    lat: 45.764, lon: 4.8357, timeZone: "Europe/Paris", languages: ["fr", "en"], otherLocalLanguages: ["ar"],
    domain: "enfance-lyon", phone: "+33199000130", weeklyCap: null,
    workingHours: days([...MON_FRI], ["08:30", "12:00"], ["13:30", "17:00"]), acceptingInquiries: false, catchment: [],
  },
  {
    key: "ma-casa", name: "Clinique Pédiatrique Anfa", organization: "Groupe Santé Enfant Maroc (démo)",
    addressLine: "Boulevard d'Anfa 150", city: "Casablanca", state: "Casablanca-Settat", postalCode: "20250", countryCode: "MA",
    lat: 33.5731, lon: -7.5898, timeZone: "Africa/Casablanca", languages: ["ar", "fr"], otherLocalLanguages: ["zgh"],
    domain: "clinique-anfa", phone: "+212522555140", weeklyCap: 8,
    workingHours: { ...days([...MON_FRI], ["08:30", "12:30"], ["14:00", "18:00"]), sat: [["09:00", "12:00"]] },
    acceptingInquiries: true,
    catchment: [["Casablanca", 33.5731, -7.5898, "20250"], ["Mohammédia", 33.6861, -7.3829, "28810"], ["El Jadida", 33.2316, -8.5007, "24000"],
      ["Settat", 33.001, -7.6166, "26000"], ["Berrechid", 33.2655, -7.5875, "26100"]],
  },
  {
    key: "ma-rabat", name: "Centre Hospitalier Pédiatrique Agdal", organization: "Groupe Santé Enfant Maroc (démo)",
    addressLine: "Avenue de France 20, Agdal", city: "Rabat", state: "Rabat-Salé-Kénitra", postalCode: "10090", countryCode: "MA",
    lat: 34.0209, lon: -6.8416, timeZone: "Africa/Casablanca", languages: ["ar", "fr", "en"], otherLocalLanguages: ["zgh"],
    domain: "chp-agdal", phone: "+212537555150", weeklyCap: null,
    workingHours: days([...MON_FRI], ["08:30", "16:30"]), acceptingInquiries: true,
    catchment: [["Rabat", 34.0209, -6.8416, "10000"], ["Salé", 34.0531, -6.7985, "11000"], ["Kénitra", 34.261, -6.5802, "14000"],
      ["Témara", 33.9287, -6.9063, "12000"]],
  },
  {
    key: "us-mia", name: "Biscayne Children's Research Institute", organization: null,
    addressLine: "2200 Biscayne Boulevard", city: "Miami", state: "Florida", postalCode: "33137", countryCode: "US",
    lat: 25.7617, lon: -80.1918, timeZone: "America/New_York", languages: ["en", "es"], otherLocalLanguages: ["ht", "pt"],
    domain: "biscayne-kids", phone: "+13055550160", weeklyCap: 20, workingHours: days([...MON_FRI], ["08:00", "17:00"]),
    acceptingInquiries: true,
    catchment: [["Miami", 25.7617, -80.1918, "33136"], ["Hialeah", 25.8576, -80.2781, "33012"], ["Fort Lauderdale", 26.1224, -80.1373, "33301"],
      ["Homestead", 25.4687, -80.4776, "33030"], ["West Palm Beach", 26.7153, -80.0534, "33401"]],
  },
  {
    key: "us-la", name: "Pacific Children's Medical Center", organization: null,
    addressLine: "3100 Wilshire Boulevard", city: "Los Angeles", state: "California", postalCode: "90010", countryCode: "US",
    lat: 34.0522, lon: -118.2437, timeZone: "America/Los_Angeles", languages: ["en", "es"], otherLocalLanguages: ["ko", "hy", "zh"],
    domain: "pacific-childrens", phone: "+13235550170", weeklyCap: null, workingHours: days([...MON_FRI], ["08:30", "17:30"]),
    acceptingInquiries: true,
    catchment: [["Los Angeles", 34.0522, -118.2437, "90027"], ["Long Beach", 33.7701, -118.1937, "90802"], ["Pasadena", 34.1478, -118.1445, "91101"],
      ["Santa Ana", 33.7455, -117.8677, "92701"], ["Riverside", 33.9806, -117.3755, "92501"]],
  },
  {
    key: "ae-dxb", name: "Al Noor Children's Specialty Hospital", organization: null,
    addressLine: "Al Wasl Road", city: "Dubai", state: "Dubai", postalCode: null, countryCode: "AE",
    lat: 25.2048, lon: 55.2708, timeZone: "Asia/Dubai", languages: ["ar", "en"], otherLocalLanguages: ["ur", "hi", "ml", "tl"],
    domain: "alnoor-children", phone: "+97145550180", weeklyCap: null,
    workingHours: { ...days([...MON_THU], ["07:30", "15:30"]), fri: [["07:30", "12:00"]] }, acceptingInquiries: true,
    catchment: [["Dubai", 25.2048, 55.2708, null], ["Sharjah", 25.3463, 55.4209, null], ["Ajman", 25.4052, 55.5136, null],
      ["Ras Al Khaimah", 25.8007, 55.9762, null]],
  },
  {
    key: "ae-auh", name: "Corniche Paediatric Research Centre", organization: null,
    addressLine: "Corniche Road West", city: "Abu Dhabi", state: "Abu Dhabi", postalCode: null, countryCode: "AE",
    lat: 24.4539, lon: 54.3773, timeZone: "Asia/Dubai", languages: ["ar", "en", "hi"], otherLocalLanguages: ["ur", "ml"],
    domain: "corniche-paeds", phone: "+97125550190", weeklyCap: 6,
    workingHours: { ...days([...MON_THU], ["08:00", "16:00"]), fri: [["08:00", "12:00"]] }, acceptingInquiries: true,
    catchment: [["Abu Dhabi", 24.4539, 54.3773, null], ["Khalifa City", 24.4192, 54.578, null], ["Mussafah", 24.352, 54.5, null],
      ["Al Ain", 24.2075, 55.7447, null]],
  },
  {
    key: "mx-cdmx", name: "Hospital Infantil del Valle", organization: "Red Pediátrica de México (demo)",
    addressLine: "Avenida Insurgentes Sur 1600, Colonia Crédito Constructor", city: "Ciudad de México", state: "Ciudad de México", postalCode: "03940",
    countryCode: "MX", lat: 19.4326, lon: -99.1332, timeZone: "America/Mexico_City", languages: ["es"], otherLocalLanguages: ["nah", "en"],
    domain: "infantil-valle", phone: "+525555500200", weeklyCap: 15, workingHours: days([...MON_FRI], ["08:00", "16:00"]),
    acceptingInquiries: true,
    catchment: [["Ciudad de México", 19.4326, -99.1332, "06700"], ["Ecatepec de Morelos", 19.6018, -99.0507, "55000"],
      ["Nezahualcóyotl", 19.4006, -99.0148, "57000"], ["Toluca", 19.2826, -99.6557, "50000"], ["Puebla", 19.0414, -98.2063, "72000"],
      ["Cuernavaca", 18.9242, -99.2216, "62000"]],
  },
  {
    key: "mx-gdl", name: "Centro Pediátrico de Occidente", organization: "Red Pediátrica de México (demo)",
    addressLine: "Avenida Hidalgo 1200", city: "Guadalajara", state: "Jalisco", postalCode: "44100", countryCode: "MX",
    lat: 20.6597, lon: -103.3496, timeZone: "America/Mexico_City", languages: ["es"], otherLocalLanguages: [],
    domain: "pediatrico-occidente", phone: "+523355500210", weeklyCap: null, workingHours: days([...MON_FRI], ["08:00", "15:00"]),
    acceptingInquiries: false, catchment: [],
  },
  {
    key: "ca-mtl", name: "Centre hospitalier pédiatrique Mont-Royal", organization: null,
    addressLine: "5100 rue Sherbrooke Ouest", city: "Montréal", state: "Québec", postalCode: "H4A 1T6", countryCode: "CA",
    lat: 45.5017, lon: -73.5673, timeZone: "America/Toronto", languages: ["fr", "en"], otherLocalLanguages: ["ht", "ar", "es"],
    domain: "chp-montroyal", phone: "+15145550220", weeklyCap: null, workingHours: days([...MON_FRI], ["08:00", "16:00"]),
    acceptingInquiries: true,
    catchment: [["Montréal", 45.5017, -73.5673, "H2X 1Y4"], ["Laval", 45.6066, -73.7124, "H7N 4Z5"], ["Longueuil", 45.5312, -73.5181, "J4K 2T5"],
      ["Gatineau", 45.4765, -75.7013, "J8X 3Y9"], ["Québec", 46.8139, -71.208, "G1R 4P5"], ["Sherbrooke", 45.4042, -71.8929, "J1H 1Z3"]],
  },
  {
    key: "gb-lon", name: "North Thames Children's Hospital", organization: null,
    addressLine: "Mile End Road", city: "London", state: "England", postalCode: "E1 4NS", countryCode: "GB",
    lat: 51.5072, lon: -0.1276, timeZone: "Europe/London", languages: ["en", "pl", "bn"], otherLocalLanguages: ["so", "ar", "ro"],
    domain: "north-thames-childrens", phone: "+442079460230", weeklyCap: null, workingHours: days([...MON_FRI], ["09:00", "17:00"]),
    acceptingInquiries: true,
    catchment: [["London", 51.5072, -0.1276, "E1 6AN"], ["Croydon", 51.3762, -0.0982, "CR0 1NX"], ["Ilford", 51.559, 0.0741, "IG1 1DD"],
      ["Luton", 51.8787, -0.42, "LU1 2LJ"], ["Slough", 51.5105, -0.595, "SL1 1XW"]],
  },
  {
    key: "gb-bhm", name: "Midlands Children's Research Hospital", organization: null,
    addressLine: "Broad Street", city: "Birmingham", state: "England", postalCode: "B1 2HF", countryCode: "GB",
    lat: 52.4862, lon: -1.8904, timeZone: "Europe/London", languages: ["en", "ur", "pa"], otherLocalLanguages: ["pl", "ar"],
    domain: "midlands-childrens", phone: "+441214960240", weeklyCap: null,
    workingHours: { ...days([...MON_THU], ["08:30", "17:00"]), fri: [["08:30", "16:30"]] }, acceptingInquiries: true,
    catchment: [["Birmingham", 52.4862, -1.8904, "B10 0AB"], ["Wolverhampton", 52.5862, -2.1288, "WV1 1SH"], ["Coventry", 52.4068, -1.5197, "CV1 2GT"],
      ["Walsall", 52.586, -1.9829, "WS1 1TP"], ["Leicester", 52.6369, -1.1398, "LE1 5WW"]],
  },
  {
    key: "de-ber", name: "Kinderklinik Berlin-Mitte", organization: null,
    addressLine: "Torstraße 120", city: "Berlin", state: "Berlin", postalCode: "10119", countryCode: "DE",
    lat: 52.52, lon: 13.405, timeZone: "Europe/Berlin", languages: ["de", "en", "tr"], otherLocalLanguages: ["ar", "ru", "pl"],
    domain: "kinderklinik-berlin-mitte", phone: "+493023125250", weeklyCap: null,
    workingHours: { ...days([...MON_THU], ["08:00", "16:30"]), fri: [["08:00", "14:00"]] }, acceptingInquiries: true,
    catchment: [["Berlin", 52.52, 13.405, "10115"], ["Potsdam", 52.3906, 13.0645, "14467"], ["Berlin-Neukölln", 52.4811, 13.435, "12043"],
      ["Berlin-Spandau", 52.5351, 13.1996, "13597"], ["Cottbus", 51.7563, 14.3329, "03046"]],
  },
  {
    key: "de-cgn", name: "Kinderzentrum Köln-Rhein", organization: null,
    addressLine: "Aachener Straße 300", city: "Köln", state: "Nordrhein-Westfalen", postalCode: "50933", countryCode: "DE",
    lat: 50.9375, lon: 6.9603, timeZone: "Europe/Berlin", languages: ["de", "en", "tr"], otherLocalLanguages: ["ar", "ru"],
    domain: "kinderzentrum-koeln", phone: "+492214710260", weeklyCap: 10,
    workingHours: days([...MON_FRI], ["08:00", "16:00"]), acceptingInquiries: true,
    catchment: [["Köln", 50.9375, 6.9603, "50667"], ["Bonn", 50.7374, 7.0982, "53111"], ["Düsseldorf", 51.2277, 6.7735, "40213"],
      ["Leverkusen", 51.0459, 6.9853, "51373"], ["Duisburg", 51.4344, 6.7623, "47051"]],
  },
];

export type DemoLink = { study: string; site: string; recruitmentStatus?: StudyStatus; acceptingInquiries?: boolean };

const link = (study: string, sites: string[], extra: Omit<DemoLink, "study" | "site"> = {}): DemoLink[] =>
  sites.map((site) => ({ study, site, ...extra }));

export const DEMO_LINKS: DemoLink[] = [
  ...link("itp", ["eg-assiut", "eg-abu-el-reesh", "eg-ain-shams"]),
  ...link("pid-gene", ["gb-lon", "fr-paris", "es-bcn", "us-la", "ae-dxb", "de-ber"]),
  ...link("scig", ["es-mad", "ma-casa", "ma-rabat", "ca-mtl", "de-cgn", "mx-cdmx", "gb-bhm"]),
  // Barcelona has reached its enrolment target for SCIG-HOME: the link stays, not recruiting.
  { study: "scig", site: "es-bcn", recruitmentStatus: "ACTIVE_NOT_RECRUITING", acceptingInquiries: false },
  ...link("cart", ["us-mia", "us-la", "mx-cdmx", "mx-gdl", "ca-mtl", "es-mad", "de-ber", "ae-auh", "fr-lyon"]),
  ...link("checkpoint", ["fr-paris", "fr-lyon", "gb-lon", "gb-bhm", "ma-casa", "ae-auh", "us-mia"], {
    recruitmentStatus: "NOT_YET_RECRUITING",
  }),
];
