// Public: read an invitation by the secret of its link, and accept it by choosing a name and a
// password. The account is made by createUserWithPassword (better-auth's hashing); the link then
// stops working.
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import { recordAudit } from "../audit/record-audit";
import { createUserWithPassword } from "../auth/create-user";
import type { RequestMeta } from "../auth/password-reset";
import { hashInvitationToken, invitationState, type InvitationState } from "./invitation-token";

const REFUSALS: Record<Exclude<InvitationState, "valid">, string> = {
  expired: "This invitation has expired. Ask an administrator to send it again.",
  used: "This invitation has already been used. Sign in, or reset your password if you forgot it.",
  revoked: "This invitation was withdrawn. Ask an administrator if you still need an account.",
};
const UNKNOWN = "This invitation link is not valid. Check that you opened the whole link from the e-mail.";

/** What the invitation page shows; an unknown token reads as "unknown", never as an error page. */
export async function getInvitation(db: Db, token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { email: true, role: true, siteIds: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  if (!invitation) return { state: "unknown" as const };
  const state = invitationState(invitation);
  if (state !== "valid") return { state };
  const sites = await db.site.findMany({ where: { id: { in: invitation.siteIds } }, select: { name: true }, orderBy: { name: "asc" } });
  return { state, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, siteNames: sites.map((s) => s.name) };
}

export async function acceptInvitation(db: Db, input: { token: string; name: string; password: string; locale?: string }, meta: RequestMeta) {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM invitations WHERE token_hash = ${hashInvitationToken(input.token)} FOR UPDATE`;
    if (!rows[0]) throw new AppError("NOT_FOUND", { userMessage: UNKNOWN });
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { id: rows[0].id } });
    const state = invitationState(invitation);
    if (state !== "valid") throw new AppError(state === "expired" ? "INVALID_INPUT" : "CONFLICT", { userMessage: REFUSALS[state] });
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", { userMessage: REFUSALS.used });
    }
    // Sites deleted since the invitation was sent are skipped.
    const sites = await tx.site.findMany({ where: { id: { in: invitation.siteIds } }, select: { id: true } });
    const user = await createUserWithPassword(tx, {
      email: invitation.email,
      name: input.name,
      role: invitation.role,
      password: input.password,
      siteIds: sites.map((s) => s.id),
    });
    if (input.locale) await tx.user.update({ where: { id: user.id }, data: { locale: input.locale } });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
    await recordAudit(tx, {
      actor: { id: user.id },
      action: "invitation.accept",
      entityType: "Invitation",
      entityId: invitation.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { userId: user.id, role: invitation.role, siteIds: sites.map((s) => s.id) },
    });
    return { email: user.email };
  });
}
