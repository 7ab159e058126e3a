// Invitation links: a random secret e-mailed once; only its SHA-256 is stored, so a database
// reader cannot accept an invitation. The hash is looked up directly (unique index).
import { createHash, randomBytes } from "node:crypto";
import type { Role } from "../../../shared/permissions";
import type { EmailLocale } from "../../emails/template-catalog";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newInvitationToken(): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token), expiresAt: new Date(Date.now() + INVITATION_TTL_MS) };
}

export function invitationUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/invitation/${token}`;
}

export type InvitationState = "valid" | "expired" | "used" | "revoked";

export function invitationState(inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState {
  if (inv.acceptedAt) return "used";
  if (inv.revokedAt) return "revoked";
  if (inv.expiresAt <= now) return "expired";
  return "valid";
}

/** The ROLE_NAME of the invitation e-mail (same words as the dashboard's roles.* keys). */
const ROLE_NAMES: Record<EmailLocale, Record<Role, string>> = {
  en: { ADMIN: "Administrator", COORDINATOR: "Site coordinator" },
  ar: { ADMIN: "مسؤول", COORDINATOR: "منسّق موقع" },
  es: { ADMIN: "Administrador", COORDINATOR: "Coordinador de centro" },
  fr: { ADMIN: "Administrateur", COORDINATOR: "Coordinateur de centre" },
};

export function roleName(role: Role, locale: EmailLocale): string {
  return ROLE_NAMES[locale][role];
}
