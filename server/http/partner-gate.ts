// Partner keys on the inquiry endpoint (docs/public-api.md, "Partners"). A request with
// X-Partner-Key, or from a browser on another website, must carry the key of an active partner
// whose allowed origins include the page's Origin; the partner is then recorded on the inquiry
// (res.locals.partnerId). Partners' own pages may call from the browser: the CORS preflight is
// answered for any origin, and the POST itself is judged by its key and origin.
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type pg from "pg";
import type { AppDeps } from "../app-deps";
import { checkPartner, createPartnerLookup } from "../modules/partners/find-partner";

export function partnerGate(deps: AppDeps, pool: pg.Pool): { preflight: RequestHandler; check: RequestHandler } {
  const findPartner = createPartnerLookup(pool);
  const ownOrigin = new URL(deps.publicUrl).origin;
  return {
    preflight(req, res) {
      const origin = req.get("origin");
      if (origin) res.setHeader("access-control-allow-origin", origin);
      res.setHeader("vary", "Origin");
      res.setHeader("access-control-allow-methods", "POST");
      res.setHeader("access-control-allow-headers", "content-type, idempotency-key, x-partner-key");
      res.setHeader("access-control-max-age", "600");
      res.status(204).end();
    },
    check(req: Request, res: Response, next: NextFunction) {
      const origin = req.get("origin");
      // The embedded form posts from our own origin (the browser shows it only inside the partner's origins).
      const own = [ownOrigin, `${req.protocol}://${req.get("host")}`];
      const foreign = origin !== undefined && !own.includes(origin);
      const key = req.get("x-partner-key");
      if (foreign) {
        // Readable by the calling page, so that a refusal can be understood there.
        res.setHeader("access-control-allow-origin", origin);
        res.setHeader("vary", "Origin");
      }
      if (key === undefined && !foreign) return next();
      void (async () => {
        const check = checkPartner(key ? await findPartner(key) : null, origin, own);
        if (check.ok) {
          res.locals.partnerId = check.partner.id;
          return next();
        }
        const message = key ? check.message : "Calls from another website need that website's partner key (X-Partner-Key).";
        res.status(403).json({ errors: [{ path: key ? check.field : "X-Partner-Key", message }] });
      })().catch(next);
    },
  };
}
