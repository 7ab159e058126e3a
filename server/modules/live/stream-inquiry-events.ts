// The events one signed-in person receives, for as long as their session stays valid. The
// session and the account are checked again before each event and every `recheckMs`, so that a
// signed-out, deactivated or re-scoped user stops hearing about inquiries without reconnecting.
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../../db/prisma";
import type { LiveInquiryEvent } from "../../../shared/schemas/live";
import type { Role } from "../../../shared/permissions";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import type { LiveUpdates } from "./live-updates";
import { visibleInquiryEvent } from "./visible-inquiry-event";

type Row = { id: string; email: string; name: string; role: Role; locale: string | null; site_ids: string[] };

/** The user as they are now, or null when the session ended or the account was deactivated. */
export async function currentSessionUser(db: Db, userId: string, sessionId: string | undefined): Promise<SessionUser | null> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT u.id, u.email, u.name, u.role::text AS role, u.locale,
           coalesce(array_agg(m.site_id::text) FILTER (WHERE m.site_id IS NOT NULL), '{}') AS site_ids
    FROM users u LEFT JOIN site_memberships m ON m.user_id = u.id
    WHERE u.id = ${userId}::uuid AND u.active
      AND (${sessionId ?? null}::uuid IS NULL
           OR EXISTS (SELECT 1 FROM sessions s WHERE s.id = ${sessionId ?? null}::uuid AND s.user_id = u.id AND s.expires_at > now()))
    GROUP BY u.id`);
  const row = rows[0];
  return row ? { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale, siteIds: row.site_ids } : null;
}

export type StreamOptions = {
  /** The client reconnected and may have missed events: it is told to refetch first. */
  resumed: boolean;
  signal?: AbortSignal;
};

export async function* streamInquiryEvents(
  deps: { db: Db; live: LiveUpdates },
  caller: { user: SessionUser; sessionId?: string },
  opts: StreamOptions,
): AsyncGenerator<LiveInquiryEvent> {
  const reader = deps.live.hub.read(opts.signal);
  const messages = reader[Symbol.asyncIterator]();
  let user = caller.user;
  const recheck = async () => {
    const current = await currentSessionUser(deps.db, user.id, caller.sessionId);
    if (!current) throw new AppError("UNAUTHENTICATED");
    user = current;
  };
  try {
    if (opts.resumed) yield { kind: "resync" };
    let pending = messages.next();
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<"recheck">((resolve) => (timer = setTimeout(() => resolve("recheck"), deps.live.sessionRecheckMs)));
      const next = await Promise.race([pending, timeout]);
      clearTimeout(timer);
      if (next === "recheck") {
        await recheck();
        continue;
      }
      if (next.done) return;
      pending = messages.next();
      const message = next.value;
      if (message.type === "resync") {
        yield { kind: "resync" };
        continue;
      }
      if (!visibleInquiryEvent(user, message.change)) continue;
      await recheck();
      const event = visibleInquiryEvent(user, message.change);
      if (event) yield event;
    }
  } finally {
    reader.close();
  }
}
