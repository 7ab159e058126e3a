import { randomBytes } from "node:crypto";

/** A partner's public key, e.g. "pk_3q2x…": not a secret (it sits in the partner's page), only an identifier. */
export function newPartnerKey(): string {
  return `pk_${randomBytes(18).toString("base64url")}`;
}

export const PARTNER_KEY = /^pk_[A-Za-z0-9_-]{10,64}$/;
