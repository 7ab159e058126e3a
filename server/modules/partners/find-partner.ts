// Partner keys as the public side sees them (embed page, inquiries), read through `pg` and kept
// for a moment: a change by an admin applies at once in this process (partnersChanged) and
// within CATALOG_TTL_MS in every other one.
import type pg from "pg";
import { CATALOG_TTL_MS } from "../inquiries/intake-catalog";
import { ttlCache } from "../inquiries/ttl-cache";
import { PARTNER_KEY } from "./partner-key";

export type PublicPartner = { id: string; name: string; allowedOrigins: string[]; active: boolean };
export type PartnerLookup = (publicKey: string) => Promise<PublicPartner | null>;

let generation = 0;
/** Called by the admin use cases after a change commits. */
export function partnersChanged(): void {
  generation++;
}

export function createPartnerLookup(pool: pg.Pool, ttlMs = CATALOG_TTL_MS): PartnerLookup {
  let seen = generation;
  const cache = ttlCache(ttlMs, async (publicKey: string) => {
    const { rows } = await pool.query<PublicPartner>({
      name: "partner-by-key",
      text: `SELECT id, name, allowed_origins AS "allowedOrigins", active FROM partners WHERE public_key = $1`,
      values: [publicKey],
    });
    return rows[0] ?? null;
  });
  return async (publicKey) => {
    if (!PARTNER_KEY.test(publicKey)) return null;
    if (seen !== generation) {
      seen = generation;
      cache.clear();
    }
    return cache.get(publicKey);
  };
}

export type PartnerCheck = { ok: true; partner: PublicPartner } | { ok: false; field: "X-Partner-Key" | "Origin"; message: string };

/**
 * A request carrying a partner key: the key must name an active partner, and a browser's Origin
 * must be one of that partner's, or our own (the embedded form posts from our origin; the
 * browser only shows it inside the partner's allowed origins, see embed-frame.ts).
 */
export function checkPartner(partner: PublicPartner | null, origin: string | undefined, ownOrigins: string[]): PartnerCheck {
  if (!partner || !partner.active) return { ok: false, field: "X-Partner-Key", message: "Unknown or inactive partner key." };
  if (origin !== undefined && !ownOrigins.includes(origin) && !partner.allowedOrigins.includes(origin)) {
    return { ok: false, field: "Origin", message: `This partner key may not be used from ${origin.slice(0, 200)}: the origin is not on the partner's list.` };
  }
  return { ok: true, partner };
}
