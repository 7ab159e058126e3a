// An admin invites someone by e-mail with a role and sites. The invitation, its e-mail and its
// audit row are one transaction.
import type { InviteUserInput } from "../../../shared/schemas/users";
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import type { RequestMeta } from "../auth/password-reset";
import { checkSiteIds } from "./check-site-ids";
import { newInvitationToken } from "./invitation-token";
import { sendInvitationEmail } from "./send-invitation-email";

export async function inviteUser(db: Db, actor: SessionUser, input: InviteUserInput, ctx: RequestMeta & { publicUrl: string }) {
  const { token, tokenHash, expiresAt } = newInvitationToken();
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", { userMessage: "This person already has an account.", fieldErrors: { email: ["This person already has an account."] } });
    }
    const pending = await tx.invitation.findFirst({
      where: { email: input.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true },
    });
    if (pending) {
      const message = "An invitation to this address is already pending. Resend it from the list instead.";
      throw new AppError("CONFLICT", { userMessage: message, fieldErrors: { email: [message] } });
    }
    await checkSiteIds(tx, input.siteIds, "siteIds");
    const siteIds = [...new Set(input.siteIds)];
    const invitation = await tx.invitation.create({
      data: { email: input.email, role: input.role, siteIds, tokenHash, expiresAt, invitedById: actor.id },
      select: { id: true, email: true, role: true, siteIds: true, expiresAt: true, createdAt: true },
    });
    await sendInvitationEmail(tx, {
      invitationId: invitation.id,
      email: input.email,
      role: input.role,
      token,
      expiresAt,
      locale: input.locale,
      inviterName: actor.name,
      publicUrl: ctx.publicUrl,
    });
    await recordAudit(tx, {
      actor,
      action: "invitation.create",
      entityType: "Invitation",
      entityId: invitation.id,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      metadata: { role: input.role, siteIds, locale: input.locale },
    });
    return invitation;
  });
}
