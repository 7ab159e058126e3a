// GET or POST /api/exports/inquiries.csv: the inbox's current filter as a streamed CSV file.
// GET takes the filters in the query string (shared/schemas/inbox.ts); the dashboard POSTs them as
// JSON so that a search term (possibly a patient's name) never appears in a URL. Signed-in
// session cookie required; the same site scope as the inbox.
import { once } from "node:events";
import express, { type Request, type Response, type Router } from "express";
import { fromNodeHeaders } from "better-auth/node";
import { hasPermission } from "../../shared/permissions";
import { filtersFromSearchParams, inboxExportSchema, sortFromSearchParams } from "../../shared/schemas/inbox";
import type { AppDeps } from "../app-deps";
import { countInboxExport, streamInboxCsv } from "../modules/inbox/export-inbox-csv";
import { loadSessionUser } from "../trpc/context";

export const EXPORT_TOTAL_HEADER = "X-Total-Count";

function problem(res: Response, status: number, errors: { path: string; message: string }[]) {
  res.status(status).set("Cache-Control", "no-store").json({ errors });
}

function inputOf(req: Request): unknown {
  if (req.method === "POST") return req.body;
  const params = new URLSearchParams(req.originalUrl.split("?")[1] ?? "");
  return { filters: filtersFromSearchParams(params), sort: sortFromSearchParams(params) };
}

export function inquiriesCsv(deps: AppDeps): Router {
  const r = express.Router();
  const handler = async (req: Request, res: Response) => {
    const session = await deps.auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
    const user = session ? await loadSessionUser(deps, session.user.id) : null;
    if (!user) return problem(res, 401, [{ path: "", message: "Please sign in." }]);
    if (!hasPermission(user.role, "inquiries:read")) return problem(res, 403, [{ path: "", message: "You do not have access to this." }]);
    if (req.method === "POST" && !req.is("application/json")) return problem(res, 415, [{ path: "", message: "Send the filters as JSON." }]);

    const parsed = inboxExportSchema.safeParse(inputOf(req));
    if (!parsed.success) {
      return problem(res, 422, parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
    }
    const { filters, sort } = parsed.data;
    const now = new Date();
    const total = await countInboxExport(deps.db, user, filters, now);
    const day = now.toISOString().slice(0, 10);
    res.status(200).set({
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="inquiries-${day}.csv"`,
      "Cache-Control": "no-store",
      [EXPORT_TOTAL_HEADER]: String(total),
    });
    res.flushHeaders();

    const gone = once(res, "close");
    const write = async (chunk: string) => {
      if (res.destroyed) throw new ExportAborted();
      // Wait for the socket when its buffer is full, so memory does not grow with a slow reader.
      if (!res.write(chunk)) await Promise.race([once(res, "drain"), gone]);
    };
    try {
      await streamInboxCsv(deps.db, user, filters, write, { sort, now, meta: { ip: req.ip, userAgent: req.get("user-agent") } });
      res.end();
    } catch (error) {
      if (error instanceof ExportAborted) return;
      // Headers are gone already: cutting the connection tells the client the file is incomplete.
      deps.log.error({ err: { name: (error as Error).name } }, "inquiry export failed");
      res.destroy();
    }
  };
  const wrap = (req: Request, res: Response, next: express.NextFunction) => handler(req, res).catch(next);
  r.get("/inquiries.csv", wrap);
  r.post("/inquiries.csv", express.json({ limit: "16kb" }), wrap);
  return r;
}

class ExportAborted extends Error {}
