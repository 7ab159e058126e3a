// How place names are compared: the same keys for GeoNames' names and what people type. These
// run on 135,000 names when the city index is built, hence the fast paths.

const FOLD: Record<string, string> = {
  ß: "ss", ø: "o", æ: "ae", œ: "oe", ł: "l", đ: "d", ı: "i", þ: "th", ð: "d",
  أ: "ا", إ: "ا", آ: "ا", ٱ: "ا", ة: "ه", ى: "ي", ـ: "",
  "'": "", "’": "", "‘": "", "`": "", ʻ: "", ʼ: "", ʿ: "", ʾ: "", "´": "",
};
const FOLDED = /[ßøæœłđıþðأإآٱةىـ'’‘`ʻʼʿʾ´]/g;
const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * Lowercase, accents stripped, punctuation and apostrophes dropped, spaces collapsed; Arabic
 * letter variants folded (أ/إ/آ -> ا, ة -> ه, ى -> ي, no tatweel or vowel marks).
 * "Lariboisière" -> "lariboisiere", "Asyūţ" -> "asyut", "‘Ajlūn" -> "ajlun".
 */
export function placeKey(name: string): string {
  const lower = name.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return lower
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(FOLDED, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const PARTICLE = / (?:am|an der|an|im|in der|bei|ob der|upon|on the|on|sur|en|de la|del|di)(?: .*)?$/;

/**
 * Other keys under which a GeoNames name should also be found: without a bracketed part
 * ("Frankfurt (Oder)" -> "frankfurt"), without a river or region suffix ("Frankfurt am Main" ->
 * "frankfurt"), with "saint"/"st" swapped, without "City" or "The". `key` is placeKey(name).
 */
export function alternativeKeys(name: string, key: string): string[] {
  const out: string[] = [];
  const base = name.includes("(") || name.includes("[") ? placeKey(name.replace(/\s*[([].*?[)\]]\s*/g, " ")) : key;
  if (base && base !== key) out.push(base);
  if (base.includes(" ")) {
    const short = base.replace(PARTICLE, "");
    if (short !== base && short.length >= 3) out.push(short);
  }
  if (base.startsWith("saint ")) out.push(`st ${base.slice(6)}`);
  else if (base.startsWith("st ")) out.push(`saint ${base.slice(3)}`);
  // "New York City" is also "New York", "The Bronx" also "Bronx".
  if (base.endsWith(" city") && base.length > 8) out.push(base.slice(0, -5));
  if (base.startsWith("the ") && base.length > 7) out.push(base.slice(4));
  return out;
}

const ARTICLE = /^(?:al|el|ash|as|az|ad|ar|at|an) /;

/**
 * A coarse key that survives common transliteration differences, used only when no name or
 * alternative key matched: "Assiut" and "Asyut" meet, so do "Mansoura" and "Al Mansurah".
 * Drops a leading Arabic article and spaces, reads y as i, ou/oo as u, ee as i, collapses
 * doubled letters and drops a final h after a vowel. `key` is a placeKey.
 */
export function skeletonKey(key: string): string {
  const s = ARTICLE.test(key) ? key.slice(key.indexOf(" ") + 1) : key;
  let out = "";
  let prev = "";
  for (let i = 0; i < s.length; i++) {
    let c = s[i]!;
    if (c === " ") continue;
    if (c === "y") c = "i";
    else if ((c === "o" && (s[i + 1] === "u" || s[i + 1] === "o")) || (c === "e" && s[i + 1] === "e")) {
      c = c === "e" ? "i" : "u";
      i++;
    }
    if (c !== prev) out += c;
    prev = c;
  }
  return out.length > 1 && out.endsWith("h") && "aeiou".includes(out[out.length - 2]!) ? out.slice(0, -1) : out;
}
