// The SQL of the load-data generator: fixed vocabularies and the per-row expressions. Every
// value here is a constant of this file (never input), so building statements from strings is safe.

/** Rows the generator made carry these marks; anything else in the database is someone's data. */
export const MARK = {
  studySourceVersion: "load-generator",
  siteMatchKeyPrefix: "load-generator:",
  userEmailDomain: "load-generator.invalid",
  referencePrefix: "LG-",
} as const;

type Weights = ReadonlyArray<readonly [string, number]>;

/** `CASE WHEN r < 0.7 THEN 'A' WHEN ... END` picking a value with the given relative weights. */
export function weightedCase(random: string, weights: Weights, cast = ""): string {
  const total = weights.reduce((a, [, w]) => a + w, 0);
  let cumulative = 0;
  const arms = weights.slice(0, -1).map(([value, w]) => {
    cumulative += w / total;
    return `WHEN ${random} < ${cumulative.toFixed(6)} THEN '${value}'${cast}`;
  });
  return `CASE ${arms.join(" ")} ELSE '${weights.at(-1)![0]}'${cast} END`;
}

// Recent inquiries are mostly waiting for a first call; older ones have mostly been worked.
export const STATUS_RECENT: Weights = [["NEW", 70], ["ATTEMPTING_CONTACT", 20], ["CONTACTED", 10]];
export const STATUS_WEEKS: Weights = [
  ["NEW", 15], ["ATTEMPTING_CONTACT", 25], ["CONTACTED", 20], ["PRE_SCREENING", 15], ["ELIGIBLE", 5],
  ["SCHEDULED", 5], ["UNREACHABLE", 5], ["DECLINED", 5], ["SPAM", 3], ["DUPLICATE", 2],
];
export const STATUS_OLD: Weights = [
  ["NEW", 1], ["ATTEMPTING_CONTACT", 3], ["CONTACTED", 5], ["PRE_SCREENING", 5], ["ELIGIBLE", 4], ["NOT_ELIGIBLE", 22],
  ["SCHEDULED", 3], ["ENROLLED", 12], ["DECLINED", 15], ["UNREACHABLE", 22], ["DUPLICATE", 4], ["SPAM", 4],
];
export const LANGUAGES: Weights = [["en", 45], ["ar", 25], ["es", 14], ["fr", 11], ["pt", 3], ["de", 2]];
export const SOURCES: Weights = [["WEB_FORM", 80], ["EMBED", 12], ["API", 6], ["IMPORT", 2]];

/** [name as written, ascii form for the e-mail address] */
export const LATIN_FIRST = [
  ["Amira", "amira"], ["Omar", "omar"], ["Youssef", "youssef"], ["Lina", "lina"], ["Sofia", "sofia"], ["Lucas", "lucas"],
  ["Emma", "emma"], ["Chloé", "chloe"], ["Mateo", "mateo"], ["Lucía", "lucia"], ["Noah", "noah"], ["Olivia", "olivia"],
  ["Hugo", "hugo"], ["Inès", "ines"], ["Karim", "karim"], ["Nour", "nour"], ["Layla", "layla"], ["Adam", "adam"],
  ["Mariam", "mariam"], ["Daniel", "daniel"], ["Grace", "grace"], ["José", "jose"], ["Zoé", "zoe"], ["Ethan", "ethan"],
] as const;
export const LATIN_LAST = [
  ["Hassan", "hassan"], ["Haddad", "haddad"], ["Martin", "martin"], ["Dubois", "dubois"], ["García", "garcia"],
  ["Martínez", "martinez"], ["Smith", "smith"], ["Johnson", "johnson"], ["Benali", "benali"], ["El-Sayed", "elsayed"],
  ["Rossi", "rossi"], ["López", "lopez"], ["Brown", "brown"], ["Nguyen", "nguyen"], ["Farouk", "farouk"],
  ["Moreau", "moreau"], ["Williams", "williams"], ["Fernández", "fernandez"], ["Mansour", "mansour"], ["Taylor", "taylor"],
] as const;
export const ARABIC_FIRST = [
  ["محمد", "mohamed"], ["أحمد", "ahmed"], ["فاطمة", "fatma"], ["مريم", "mariam"], ["يوسف", "youssef"], ["عمر", "omar"],
  ["ليلى", "layla"], ["نور", "nour"], ["خالد", "khaled"], ["سارة", "sara"], ["حسن", "hassan"], ["زينب", "zeinab"],
] as const;
export const ARABIC_LAST = [
  ["حسن", "hassan"], ["الحداد", "elhaddad"], ["عبد الله", "abdallah"], ["منصور", "mansour"], ["سليمان", "soliman"],
  ["إبراهيم", "ibrahim"], ["مصطفى", "moustafa"], ["النجار", "elnaggar"], ["يوسف", "youssef"], ["علي", "ali"],
] as const;

export const EMAIL_DOMAINS = ["example.com", "example.org", "mail.example", "family.example.net"] as const;

// Team notes (they are part of the search text); short, realistic, in the four languages.
export const NOTES = [
  "Prefers calls after 5 pm",
  "Left voicemail, will try again tomorrow",
  "Father will bring the medical records",
  "Interested, needs help with transport",
  "Asked for the information sheet by e-mail",
  "Rappeler la semaine prochaine",
  "Préfère être contactée par SMS",
  "Prefiere WhatsApp",
  "Llamar por la mañana",
  "يفضل الاتصال مساءً",
  "تحتاج إلى مترجم",
] as const;

export const SITE_PLACES = [
  ["Cairo", "EG", "Africa/Cairo", "{ar,en}"],
  ["Alexandria", "EG", "Africa/Cairo", "{ar,en}"],
  ["Assiut", "EG", "Africa/Cairo", "{ar}"],
  ["Casablanca", "MA", "Africa/Casablanca", "{ar,fr}"],
  ["Paris", "FR", "Europe/Paris", "{fr,en}"],
  ["Lyon", "FR", "Europe/Paris", "{fr}"],
  ["Madrid", "ES", "Europe/Madrid", "{es,en}"],
  ["Barcelona", "ES", "Europe/Madrid", "{es}"],
  ["Boston", "US", "America/New_York", "{en,es}"],
  ["Houston", "US", "America/Chicago", "{en,es}"],
  ["Toronto", "CA", "America/Toronto", "{en,fr}"],
  ["London", "GB", "Europe/London", "{en}"],
] as const;

/** A SQL literal for a constant of this file. */
export function lit(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** `(VALUES (1, 'a', 'b'), ...)` numbered from 1, for joins against tiny vocabularies. */
export function numberedValues(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return `(VALUES ${rows.map((r, i) => `(${i + 1}, ${r.map(lit).join(", ")})`).join(", ")})`;
}
