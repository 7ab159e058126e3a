// Text keys for matching names that were typed differently: case, accents and spacing ignored.

/** Lowercase, diacritics stripped, whitespace collapsed ("Lariboisière " -> "lariboisiere"). */
export function normalizeKeyPart(value: string | null | undefined): string {
  return (value ?? "")
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\|/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
