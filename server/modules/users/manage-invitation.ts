// Resend (a new link, the old one stops working, seven more days) and revoke a pending invitation.
import type { Db, Tx } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import type { RequestMeta } from "../auth/password-reset";
import { newInvitationToken } from "./invitation-token";
import { invitationLocale, sendInvitationEmail } from "./send-invitation-email";

async function lockPending(tx: Tx, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM invitations WHERE id = ${id}::uuid FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND");
  const invitation = await tx.invitation.findUniqueOrThrow({ where: { id } });
  if (invitation.acceptedAt) throw new AppError("CONFLICT", { userMessage: "This invitation has already been accepted." });
  if (invitation.revokedAt) throw new AppError("CONFLICT", { userMessage: "This invitation was revoked. Send a new invitation instead." });
  return invitation;
}

export async function resendInvitation(db: Db, actor: SessionUser, id: string, ctx: RequestMeta & { publicUrl: string }) {
  const { token, tokenHash, expiresAt } = newInvitationToken();
  return db.$transaction(async (tx) => {
    const invitation = await lockPending(tx, id);
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", { userMessage: "This person already has an account." });
    }
    await tx.invitation.update({ where: { id }, data: { tokenHash, expiresAt } });
    await sendInvitationEmail(tx, {
      invitationId: id,
      email: invitation.email,
      role: invitation.role,
      token,
      expiresAt,
      locale: await invitationLocale(tx, id),
      inviterName: actor.name,
      publicUrl: ctx.publicUrl,
    });
    await recordAudit(tx, { actor, action: "invitation.resend", entityType: "Invitation", entityId: id, ip: ctx.ip, userAgent: ctx.userAgent });
    return { id, expiresAt };
  });
}

export async function revokeInvitation(db: Db, actor: SessionUser, id: string, ctx: RequestMeta) {
  return db.$transaction(async (tx) => {
    await lockPending(tx, id);
    const revokedAt = new Date();
    await tx.invitation.update({ where: { id }, data: { revokedAt } });
    await recordAudit(tx, { actor, action: "invitation.revoke", entityType: "Invitation", entityId: id, ip: ctx.ip, userAgent: ctx.userAgent });
    return { id, revokedAt };
  });
}
