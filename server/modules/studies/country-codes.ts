// Country names to ISO 3166-1 alpha-2. Two sources: the names ClinicalTrials.gov writes (and
// common variants) below, and the region names the JavaScript runtime's ICU data knows in the
// languages of the interface (English, French, Spanish, Arabic), so "Égypte", "مصر" and
// "Côte d'Ivoire" resolve without a table of our own to keep up to date.
import { normalizeKeyPart } from "./normalize-key";

const COUNTRY_ENTRIES =
  "united states,usa,us,united states of america:US;canada:CA;mexico:MX;brazil:BR;argentina:AR;chile:CL;" +
  "colombia:CO;peru:PE;puerto rico:PR;united kingdom,uk,great britain,england,scotland,wales,northern ireland:GB;" +
  "ireland:IE;france:FR;germany:DE;spain:ES;portugal:PT;italy:IT;netherlands,the netherlands:NL;belgium:BE;" +
  "luxembourg:LU;switzerland:CH;austria:AT;denmark:DK;norway:NO;sweden:SE;finland:FI;iceland:IS;" +
  "poland:PL;czechia,czech republic:CZ;slovakia:SK;hungary:HU;romania:RO;bulgaria:BG;greece:GR;" +
  "croatia:HR;slovenia:SI;serbia:RS;bosnia and herzegovina:BA;north macedonia,macedonia:MK;albania:AL;" +
  "estonia:EE;latvia:LV;lithuania:LT;belarus:BY;ukraine:UA;moldova,moldova republic of:MD;" +
  "russian federation,russia:RU;georgia:GE;armenia:AM;azerbaijan:AZ;kazakhstan:KZ;uzbekistan:UZ;" +
  "turkey,turkiye:TR;israel:IL;egypt:EG;morocco:MA;algeria:DZ;tunisia:TN;libya:LY;sudan:SD;" +
  "saudi arabia:SA;united arab emirates,uae:AE;qatar:QA;kuwait:KW;bahrain:BH;oman:OM;jordan:JO;" +
  "lebanon:LB;syria,syrian arab republic:SY;iraq:IQ;iran,iran islamic republic of:IR;pakistan:PK;" +
  "india:IN;bangladesh:BD;sri lanka:LK;nepal:NP;china:CN;hong kong:HK;taiwan:TW;japan:JP;" +
  "korea republic of,south korea,republic of korea,korea:KR;singapore:SG;malaysia:MY;thailand:TH;" +
  "vietnam,viet nam:VN;philippines:PH;indonesia:ID;australia:AU;new zealand:NZ;south africa:ZA;" +
  "nigeria:NG;kenya:KE;ethiopia:ET;ghana:GH;uganda:UG;tanzania,tanzania united republic of:TZ;" +
  "cameroon:CM;senegal:SN;cote d'ivoire,ivory coast:CI;malawi:MW;zambia:ZM;zimbabwe:ZW;rwanda:RW;" +
  "cyprus:CY;malta:MT;guatemala:GT;costa rica:CR;panama:PA;dominican republic:DO;ecuador:EC;" +
  "venezuela:VE;uruguay:UY;paraguay:PY;bolivia:BO;cuba:CU;jamaica:JM;haiti:HT;" +
  "congo the democratic republic of the,democratic republic of the congo:CD;congo:CG;" +
  "palestinian territory occupied,palestine,state of palestine:PS;macao,macau:MO;" +
  "lao people's democratic republic:LA;korea democratic people's republic of:KP;" +
  "brunei darussalam:BN;myanmar,burma:MM;holy see (vatican city state):VA;eswatini,swaziland:SZ";

// Not countries, though ICU names them.
const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"]);
const NAME_LOCALES = ["en", "fr", "es", "ar"];

/** Lowercase, no accents or punctuation; Arabic letter variants folded (أ/إ/آ -> ا, ة -> ه, ى -> ي). */
export function normalizeCountryName(name: string): string {
  return normalizeKeyPart(name)
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(/ـ/g, "")
    .replace(/&/g, " and ")
    .replace(/[.,'’‘()\-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The canonical ISO code for a region code ("UK" -> "GB"), or null when it is not a country. */
function canonicalRegion(code: string): string | null {
  const upper = code.toUpperCase();
  if (NOT_COUNTRIES.has(upper)) return null;
  let region: string | undefined;
  try {
    region = new Intl.Locale(`und-${upper}`).region;
  } catch {
    return null;
  }
  if (!region || NOT_COUNTRIES.has(region)) return null;
  return knownCountryCodes().has(region) ? region : null;
}

let knownCodes: Set<string> | null = null;
let byName: Map<string, string> | null = null;

/** Every two-letter code the runtime has an English name for (about 260). */
function knownCountryCodes(): Set<string> {
  if (knownCodes) return knownCodes;
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const codes = new Set<string>();
  for (const a of letters) for (const b of letters) {
    const code = a + b;
    if (!NOT_COUNTRIES.has(code) && names.of(code) !== code) codes.add(code);
  }
  return (knownCodes = codes);
}

function nameTable(): Map<string, string> {
  if (byName) return byName;
  const table = new Map<string, string>();
  for (const locale of NAME_LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    for (const code of knownCountryCodes()) {
      const canonical = new Intl.Locale(`und-${code}`).region;
      // Deprecated codes (BU, YU...) share the current country's name: keep the current code.
      if (canonical !== code) continue;
      const name = names.of(code);
      if (name && name !== code) table.set(normalizeCountryName(name), code);
    }
  }
  // ClinicalTrials.gov spellings win over ICU's where both know a name.
  for (const entry of COUNTRY_ENTRIES.split(";")) {
    const [list, code] = entry.split(":") as [string, string];
    for (const n of list.split(",")) table.set(normalizeCountryName(n), code);
  }
  return (byName = table);
}

/**
 * A country name (ClinicalTrials.gov spelling, or its English, French, Spanish or Arabic name)
 * or an ISO 3166-1 alpha-2 code to the alpha-2 code, or null when unknown.
 */
export function countryToIso2(name: string | null | undefined): string | null {
  const trimmed = name?.trim();
  if (!trimmed) return null;
  const byTable = nameTable().get(normalizeCountryName(trimmed));
  if (byTable) return byTable;
  return /^[A-Za-z]{2}$/.test(trimmed) ? canonicalRegion(trimmed) : null;
}

/** The country's English name ("EG" -> "Egypt"), or the code itself when unknown. */
export function countryName(code: string, locale = "en"): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
