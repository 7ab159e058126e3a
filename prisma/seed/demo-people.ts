// Demo coordinators, and contact details (e-mail, phone) for demo inquiries.
//
// E-mail: staff on <site-domain>.example.org, families on example.com / example.net (RFC 2606).
// Phones are E.164. Where the country has a range reserved for fiction we use it: NANP 555-01xx
// (US, Canada), Ofcom drama numbers (UK 07700 900xxx, 020 7946 0xxx, 0121 496 0xxx), ARCEP
// (France 01 99 00 xx xx, 06 39 98 xx xx), Bundesnetzagentur (Berlin 030 23125 xxx, Köln 0221 4710
// xxx). Spain, Mexico, Morocco, the UAE and Egypt have no such range: numbers there follow the
// local format with a "555" block, the same convention; the demo never calls or texts anyone.
import type { Rng } from "./random";

export type DemoCoordinator = { name: string; sites: string[]; locale: string };

export const DEMO_COORDINATORS: DemoCoordinator[] = [
  { name: "Hanan Abdelrahman", sites: ["eg-assiut"], locale: "ar" },
  { name: "Mahmoud Fathy", sites: ["eg-assiut"], locale: "ar" },
  { name: "Rania Soliman", sites: ["eg-abu-el-reesh"], locale: "ar" },
  // Covers both Cairo centres of the ITP study.
  { name: "Omar Hegazy", sites: ["eg-abu-el-reesh", "eg-ain-shams"], locale: "en" },
  { name: "Dina Elmasry", sites: ["eg-ain-shams"], locale: "ar" },
  { name: "Laia Puig", sites: ["es-bcn"], locale: "es" },
  { name: "Jordi Casals", sites: ["es-bcn"], locale: "es" },
  { name: "Lucía Martín", sites: ["es-mad"], locale: "es" },
  { name: "Camille Lefèvre", sites: ["fr-paris"], locale: "fr" },
  { name: "Karim Benali", sites: ["fr-paris"], locale: "fr" },
  { name: "Julien Moreau", sites: ["fr-lyon"], locale: "fr" },
  { name: "Salma Bennani", sites: ["ma-casa"], locale: "fr" },
  { name: "Youssef El Amrani", sites: ["ma-casa"], locale: "ar" },
  { name: "Nadia Tazi", sites: ["ma-rabat"], locale: "fr" },
  { name: "María Rodríguez", sites: ["us-mia"], locale: "es" },
  { name: "Kevin Thompson", sites: ["us-mia"], locale: "en" },
  { name: "Jennifer Nguyen", sites: ["us-la"], locale: "en" },
  { name: "Carlos Mendoza", sites: ["us-la"], locale: "es" },
  { name: "Aisha Al Falasi", sites: ["ae-dxb"], locale: "ar" },
  { name: "Priya Nair", sites: ["ae-dxb"], locale: "en" },
  { name: "Fatima Al Mazrouei", sites: ["ae-auh"], locale: "ar" },
  { name: "Guadalupe Hernández", sites: ["mx-cdmx"], locale: "es" },
  { name: "Alejandro Ruiz", sites: ["mx-cdmx"], locale: "es" },
  { name: "Verónica Castillo", sites: ["mx-gdl"], locale: "es" },
  { name: "Marie-Ève Tremblay", sites: ["ca-mtl"], locale: "fr" },
  { name: "David Cohen", sites: ["ca-mtl"], locale: "en" },
  { name: "Sarah Mitchell", sites: ["gb-lon"], locale: "en" },
  { name: "Agnieszka Nowak", sites: ["gb-lon"], locale: "en" },
  { name: "Imran Hussain", sites: ["gb-bhm"], locale: "en" },
  { name: "Anna Schneider", sites: ["de-ber"], locale: "en" },
  { name: "Mehmet Yılmaz", sites: ["de-ber"], locale: "en" },
  { name: "Katharina Weber", sites: ["de-cgn"], locale: "en" },
];

/** Coordinators of the sites created from the real ClinicalTrials.gov records, by facility. */
export const IMPORTED_SITE_COORDINATORS: Record<string, string> = {
  "Massachusetts General Hospital": "Emily Carter",
  "MD Anderson Cancer Center": "Daniel Garcia",
  "Washington University School of Medicine": "Rachel Brooks",
  "Hadassah Medical Organization": "Noa Levi",
  Sangath: "Ananya Sharma",
};

/** ASCII slug: "Marie-Ève" -> "marie-eve", "Al Falasi" -> "alfalasi". */
export function asciiSlug(value: string, keep = "-"): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ı/g, "i")
    .replace(/ł/g, "l")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(new RegExp(`[^a-z0-9${keep}]+`, "g"), "");
}

/** firstname.lastname@<domain>.example.org */
export function staffEmail(name: string, domain: string): string {
  const [first, ...rest] = name.split(" ");
  return `${asciiSlug(first!)}.${asciiSlug(rest.join(""))}@${domain}.example.org`;
}

export function domainFromName(name: string): string {
  return asciiSlug(name.replace(/\s+/g, "-")).replace(/-+/g, "-").replace(/^-|-$/g, "");
}

/** A family's e-mail on example.com / example.net, from the Latin form of the name. */
export function familyEmail(rng: Rng, first: string, last: string): string {
  const f = asciiSlug(first.split(" ")[0]!, "");
  const l = asciiSlug(last, "");
  const local = rng.weighted<string>([
    [`${f}.${l}`, 4],
    [`${f}${l}${rng.int(1, 99)}`, 2],
    [`${f[0]}.${l}`, 1],
    [`${l}.${f}`, 1],
    [`${f}_${l}${rng.int(1980, 2001)}`, 1],
  ]);
  return `${local}@${rng.weighted([["example.com", 3], ["example.net", 2]] as const)}`;
}

type PhonePlan = { cc: string; make: (rng: Rng) => { national: string; display: string } };

const d = (rng: Rng, n: number) => rng.digits(n);
const nanp = (areas: number[]): PhonePlan => ({
  cc: "1",
  make: (rng) => {
    const area = rng.pick(areas);
    const last = d(rng, 2);
    return { national: `${area}55501${last}`, display: `(${area}) 555-01${last}` };
  },
});

/** Phone plans by site: families mostly call from the site's own city or country. */
const PHONE_PLANS: Record<string, PhonePlan> = {
  EG: { cc: "20", make: (r) => { const x = d(r, 3); return { national: `1005550${x}`, display: `0100 555 0${x}` }; } },
  ES: { cc: "34", make: (r) => { const x = d(r, 3); return { national: `600555${x}`, display: `600 555 ${x}` }; } },
  FR: { cc: "33", make: (r) => { const a = d(r, 2), b = d(r, 2); return { national: `63998${a}${b}`, display: `06 39 98 ${a} ${b}` }; } },
  MA: { cc: "212", make: (r) => { const x = d(r, 2); return { national: `6005501${x}`, display: `06 00 55 01 ${x}` }; } },
  AE: { cc: "971", make: (r) => { const x = d(r, 3); return { national: `505550${x}`, display: `050 555 0${x}` }; } },
  MX: { cc: "52", make: (r) => { const x = d(r, 4); return { national: `555550${x}`, display: `55 5550 ${x}` }; } },
  GB: { cc: "44", make: (r) => { const x = d(r, 3); return { national: `7700900${x}`, display: `07700 900${x}` }; } },
  "de-ber": { cc: "49", make: (r) => { const x = d(r, 3); return { national: `3023125${x}`, display: `030 23125${x}` }; } },
  "de-cgn": { cc: "49", make: (r) => { const x = d(r, 3); return { national: `2214710${x}`, display: `0221 4710${x}` }; } },
  "us-mia": nanp([305, 786, 954]),
  "us-la": nanp([213, 323, 818, 562, 714]),
  CA: nanp([514, 438, 450]),
  US: nanp([617, 713, 314]),
};

/** E.164 number plus the way the family typed it. */
export function familyPhone(rng: Rng, siteKey: string, countryCode: string): { phone: string; phoneRaw: string } {
  const plan = PHONE_PLANS[siteKey] ?? PHONE_PLANS[countryCode] ?? PHONE_PLANS.US!;
  const { national, display } = plan.make(rng);
  const phone = `+${plan.cc}${national}`;
  return { phone, phoneRaw: rng.chance(0.25) ? phone : display };
}
