import { countryName } from '@client/features/study/study-format';

// ISO 3166-1 alpha-2 codes of current countries and territories; names come from Intl in the
// page language, so no catalogue has to list them.
const codes =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'.split(
    ' ',
  );

export interface CountryOption {
  code: string;
  name: string;
}

const cache = new Map<string, CountryOption[]>();

/** Every country, by name in the page language, with `preferred` (e.g. the study's countries) first. */
export function countryOptions(language: string, preferred: readonly string[] = []): CountryOption[] {
  let all = cache.get(language);
  if (!all) {
    const collator = new Intl.Collator(language);
    all = codes.map((code) => ({ code, name: countryName(code, language) })).sort((a, b) => collator.compare(a.name, b.name));
    cache.set(language, all);
  }
  const first = new Set(preferred.map((code) => code.toUpperCase()));
  if (first.size === 0) return all;
  return [...all.filter((option) => first.has(option.code)), ...all.filter((option) => !first.has(option.code))];
}

/** The region of the browser's language ("ar-EG" → "EG"), when it is a country we list. */
export function browserCountry(): string | null {
  for (const tag of navigator.languages ?? [navigator.language]) {
    try {
      const region = new Intl.Locale(tag).region;
      if (region && codes.includes(region)) return region;
    } catch {
      // An unparsable tag: try the next one.
    }
  }
  return null;
}
