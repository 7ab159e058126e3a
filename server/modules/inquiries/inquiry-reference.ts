import { randomInt } from "node:crypto";

// Crockford-style alphabet without look-alikes (no I, L, O, U; no 0/1).
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A short reference staff can read over the phone, e.g. "K7P3-QX9A". Carries no data. */
export function newInquiryReference(): string {
  const pick = () => ALPHABET[randomInt(ALPHABET.length)];
  const part = () => Array.from({ length: 4 }, pick).join("");
  return `${part()}-${part()}`;
}
