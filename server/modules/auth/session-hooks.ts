// better-auth database hooks: a deactivated person cannot start a session, and every sign-in and
// sign-out leaves an audit row (and the sign-in time shown on the users page).
import { APIError } from "better-auth/api";
import type { Db } from "../../db/prisma";
import { recordAudit } from "../audit/record-audit";

type SessionRow = { userId: string; ipAddress?: string | null; userAgent?: string | null };
type HookContext = { path?: string } | null;

export function sessionHooks(db: Db) {
  return {
    session: {
      create: {
        before: async (session: SessionRow) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { active: true } });
          // Asked only once the password was right, so it tells a stranger nothing.
          if (user?.active !== true) throw new APIError("FORBIDDEN", { message: "This account has been deactivated.", code: "ACCOUNT_DEACTIVATED" });
        },
        after: async (session: SessionRow) => {
          await db.$transaction(async (tx) => {
            await tx.user.update({ where: { id: session.userId }, data: { lastSignInAt: new Date() } });
            await recordAudit(tx, {
              actor: { id: session.userId },
              action: "auth.sign-in",
              entityType: "User",
              entityId: session.userId,
              ip: session.ipAddress ?? null,
              userAgent: session.userAgent ?? null,
            });
          });
        },
      },
      delete: {
        after: async (session: SessionRow, context: HookContext) => {
          // Sessions also end by revocation (reset, deactivation), which is audited where it happens.
          if (context?.path !== "/sign-out") return;
          await recordAudit(db, {
            actor: { id: session.userId },
            action: "auth.sign-out",
            entityType: "User",
            entityId: session.userId,
            ip: session.ipAddress ?? null,
            userAgent: session.userAgent ?? null,
          });
        },
      },
    },
  };
}
