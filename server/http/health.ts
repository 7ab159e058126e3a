import type { RequestHandler } from "express";
import type { AppDeps } from "../app-deps";

/** 200 {"status":"ok"} when the database answers, 503 otherwise. */
export function healthHandler(deps: AppDeps): RequestHandler {
  return async (_req, res) => {
    const ok = await deps.pingDatabase();
    res.setHeader("cache-control", "no-store");
    res.status(ok ? 200 : 503).json(ok ? { status: "ok" } : { status: "unavailable" });
  };
}
