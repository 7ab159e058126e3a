// Password reset through better-auth: it makes the single-use token (stored hashed, see
// verification.storeIdentifier in auth.ts) and calls us to deliver it. We put the e-mail in the
// outbox, in the person's language, with its audit row, in one transaction.
import { createHash, randomUUID } from "node:crypto";
import type { Db } from "../../db/prisma";
import { enqueueEmail } from "../../emails/enqueue-email";
import { emailLocaleOf } from "../../emails/template-catalog";
import { recordAudit } from "../audit/record-audit";

export const RESET_TOKEN_TTL_SECONDS = 60 * 60;

export type RequestMeta = { ip: string | null; userAgent: string | null };

/** How better-auth stores the identifier of a reset token when identifiers are hashed. */
export function storedResetIdentifier(token: string): string {
  return createHash("sha256").update(`reset-password:${token}`).digest("base64url");
}

/** "29 Nov 2026, 14:00 UTC" in the e-mail's language. */
export function formatExpiry(at: Date, locale: string): string {
  return `${new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(at)} UTC`;
}

export async function deliverPasswordReset(db: Db, publicUrl: string, input: { userId: string; token: string } & RequestMeta): Promise<void> {
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, name: true, locale: true, active: true } });
  // A deactivated account gets nothing; the caller's answer is the same either way.
  if (!user || !user.active) return;
  const locale = emailLocaleOf(user.locale);
  const expiresAt = new Date(Date.now() + RESET_TOKEN_TTL_SECONDS * 1000);
  await db.$transaction(async (tx) => {
    // Only the newest link works: a stolen older e-mail is useless once a new one was asked for.
    // (Reset tokens are the only verifications this app stores with the user id as value.)
    await tx.verification.deleteMany({ where: { value: user.id, identifier: { not: storedResetIdentifier(input.token) } } });
    await enqueueEmail(tx, {
      eventKey: `password-reset:${user.id}:${randomUUID()}`,
      templateKey: "account.password-reset",
      locale,
      to: { address: user.email, name: user.name },
      vars: {
        RECIPIENT_NAME: user.name,
        RESET_URL: `${publicUrl}/reset-password?token=${encodeURIComponent(input.token)}`,
        EXPIRES_AT: formatExpiry(expiresAt, locale),
      },
    });
    await recordAudit(tx, {
      actor: null,
      actorType: "PUBLIC",
      action: "user.password-reset-request",
      entityType: "User",
      entityId: user.id,
      ip: input.ip,
      userAgent: input.userAgent,
    });
  });
}

/** After better-auth saved the new password and deleted the user's sessions. */
export async function recordPasswordReset(db: Db, userId: string, meta: RequestMeta): Promise<void> {
  await recordAudit(db, {
    actor: { id: userId },
    action: "user.password-reset",
    entityType: "User",
    entityId: userId,
    ip: meta.ip,
    userAgent: meta.userAgent,
    metadata: { sessionsRevoked: true },
  });
}
