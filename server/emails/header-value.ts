// Every header value we build goes through here. A CR or LF in a header value would end the
// header and let the rest of the value become new headers ("Bcc: …"), so control characters,
// Unicode line and paragraph separators and bidirectional overrides become spaces.
// Marks that Arabic text needs (RLM, LRM, ZWJ, ZWNJ) are kept.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function headerValue(value: string, maxLength = 250): string {
  const clean = value.replace(UNSAFE, " ").replace(/\s{2,}/g, " ").trim();
  return [...clean].slice(0, maxLength).join("");
}

/** A display name for From/To; also drops the characters that delimit an address. */
export function displayName(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const clean = headerValue(value.replace(/[<>"\\]/g, " "), 120);
  return clean === "" ? undefined : clean;
}

/** True for an address nodemailer can put on one header line without any rewriting. */
export function isSafeAddress(address: string): boolean {
  return address.length <= 254 && /^[^\s@<>()[\]\\,;:"\u0000-\u001F\u007F]+@[^\s@<>()[\]\\,;:"\u0000-\u001F\u007F]+\.[^\s@<>()[\]\\,;:"\u0000-\u001F\u007F]+$/.test(address);
}
