// Deactivate (the person can no longer sign in and every session ends at once) or reactivate an
// account. Nobody deactivates themself, so an admin always remains.
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import type { RequestMeta } from "../auth/password-reset";

export async function setUserActive(db: Db, actor: SessionUser, input: { userId: string; active: boolean }, meta: RequestMeta) {
  if (input.userId === actor.id && !input.active) {
    throw new AppError("FORBIDDEN", { userMessage: "You cannot deactivate your own account. Ask another administrator." });
  }
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ active: boolean }[]>`SELECT active FROM users WHERE id = ${input.userId}::uuid FOR UPDATE`;
    if (!rows[0]) throw new AppError("NOT_FOUND");
    if (rows[0].active === input.active) return { changed: false, sessionsRevoked: 0 };
    await tx.user.update({ where: { id: input.userId }, data: { active: input.active } });
    const revoked = input.active ? 0 : (await tx.session.deleteMany({ where: { userId: input.userId } })).count;
    await recordAudit(tx, {
      actor,
      action: input.active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: input.userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { sessionsRevoked: revoked },
    });
    return { changed: true, sessionsRevoked: revoked };
  });
}
