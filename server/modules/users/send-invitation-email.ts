// The invitation e-mail, written with the change that causes it (invite or resend).
import { randomUUID } from "node:crypto";
import type { Role } from "../../../shared/permissions";
import type { Tx } from "../../db/prisma";
import { enqueueEmail } from "../../emails/enqueue-email";
import { emailLocaleOf } from "../../emails/template-catalog";
import { formatExpiry } from "../auth/password-reset";
import { invitationUrl, roleName } from "./invitation-token";

/** The event key names the invitation, so the language of the last e-mail can be found again. */
export const invitationEventPrefix = (invitationId: string) => `invitation:${invitationId}:`;

export async function sendInvitationEmail(
  tx: Tx,
  input: { invitationId: string; email: string; role: Role; token: string; expiresAt: Date; locale: string; inviterName: string; publicUrl: string },
): Promise<void> {
  const locale = emailLocaleOf(input.locale);
  await enqueueEmail(tx, {
    eventKey: `${invitationEventPrefix(input.invitationId)}${randomUUID()}`,
    templateKey: "account.invitation",
    locale,
    to: { address: input.email },
    vars: {
      INVITER_NAME: input.inviterName,
      ROLE_NAME: roleName(input.role, locale),
      ACCEPT_URL: invitationUrl(input.publicUrl, input.token),
      EXPIRES_AT: formatExpiry(input.expiresAt, locale),
    },
  });
}

/** The language the invitation was first written in (invitations have no language column). */
export async function invitationLocale(tx: Tx, invitationId: string): Promise<string> {
  const last = await tx.emailMessage.findFirst({
    where: { eventKey: { startsWith: invitationEventPrefix(invitationId) } },
    orderBy: { createdAt: "desc" },
    select: { locale: true },
  });
  return last?.locale ?? "en";
}
