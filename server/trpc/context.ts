// Request context: who is calling (session user with role and site memberships) and the
// services procedures may use. `createInnerContext` lets tests call procedures without HTTP.
import type { Request, Response } from "express";
import { fromNodeHeaders } from "better-auth/node";
import type { Role } from "../../shared/permissions";
import type { AppDeps } from "../app-deps";
import type { Logger } from "../lib/logger";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string | null;
  /** Sites the user belongs to. Admins see every site whatever this holds. */
  siteIds: string[];
};

export type Context = {
  deps: AppDeps;
  db: AppDeps["db"];
  log: Logger;
  user: SessionUser | null;
  ip: string | null;
  userAgent: string | null;
  /** The better-auth session behind the request, so long-lived streams can re-check it. */
  sessionId?: string;
};

export function createInnerContext(deps: AppDeps, user: SessionUser | null, meta: { ip?: string; userAgent?: string; sessionId?: string } = {}): Context {
  return { deps, db: deps.db, log: deps.log, user, ip: meta.ip ?? null, userAgent: meta.userAgent ?? null, sessionId: meta.sessionId };
}

export async function loadSessionUser(deps: AppDeps, userId: string): Promise<SessionUser | null> {
  const user = await deps.db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, locale: true, active: true, memberships: { select: { siteId: true } } },
  });
  if (!user || !user.active) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    siteIds: user.memberships.map((m) => m.siteId),
  };
}

export async function createRequestContext(deps: AppDeps, { req }: { req: Request; res: Response }): Promise<Context> {
  const session = await deps.auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  const user = session ? await loadSessionUser(deps, session.user.id) : null;
  return createInnerContext(deps, user, { ip: req.ip, userAgent: req.get("user-agent"), sessionId: session?.session.id });
}
