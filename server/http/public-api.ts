// The public JSON API (docs/public-api.md): studies, location lookup and inquiries. Plain
// Express rather than tRPC: its paths and status codes are a stable interface for partners.
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import type { AppDeps } from "../app-deps";
import { AppError } from "../lib/app-error";
import { createLimiterPool, sharedPublicPool } from "../lib/rate-limit";
import { partnerGate } from "./partner-gate";
import { resolveLocation } from "../modules/geo/locate";
import { IDEMPOTENCY_KEY } from "../modules/inquiries/idempotency";
import { createIntake, submitInquiry, zodIssuesToFieldErrors } from "../modules/inquiries/submit-inquiry";
import { createSharedNote, getSharedNote } from "../modules/private-notes/shared-notes";
import { sendStudyToFriend } from "../modules/share/send-study-to-friend";
import { getPublicStudy } from "../modules/public-studies/get-public-study";
import { listPublicStudies } from "../modules/public-studies/list-public-studies";
import { listStudiesQuerySchema, pointOf, pointQuerySchema } from "../modules/public-studies/public-study-query";
import { z } from "zod";

type Handler = (req: Request, res: Response) => Promise<void>;
const wrap = (fn: Handler) => (req: Request, res: Response, next: NextFunction) => fn(req, res).catch(next);

function errorsBody(fieldErrors: Record<string, string[]> | undefined, fallback: string) {
  const entries = Object.entries(fieldErrors ?? {});
  return { errors: entries.length ? entries.flatMap(([path, messages]) => messages.map((message) => ({ path, message }))) : [{ path: "", message: fallback }] };
}

function parseQuery<T>(schema: z.ZodType<T>, query: unknown): T {
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw new AppError("INVALID_INPUT", { fieldErrors: zodIssuesToFieldErrors(parsed.error.issues) });
  return parsed.data;
}

export function publicApi(deps: AppDeps): Router {
  const r = express.Router();
  // One `pg` pool for the public side's hot paths: rate limits and the intake (no Prisma there).
  const pool = sharedPublicPool(deps.databaseUrl);
  const limiters = createLimiterPool(pool);
  const intake = createIntake(pool, deps.publicUrl);
  const perMinute = deps.config.publicRateLimit;
  const inquiriesPerIp = limiters.create("inq-ip", perMinute, 60);
  const inquiriesPerEmail = limiters.create("inq-email", perMinute, 60 * 60);

  // Notes carry up to 90 KB of ciphertext; everything else is small.
  const smallJson = express.json({ limit: "32kb", strict: false });
  r.use((req, res, next) => (req.path === "/notes" ? next() : smallJson(req, res, next)));

  r.get("/studies", wrap(async (req, res) => {
    const query = parseQuery(listStudiesQuerySchema, req.query);
    res.json({ studies: await listPublicStudies(deps.db, query) });
  }));

  r.get("/studies/:nctId", wrap(async (req, res) => {
    const point = parseQuery(pointQuerySchema, req.query);
    res.json(await getPublicStudy(deps.db, String(req.params.nctId), pointOf(point)));
  }));

  r.get("/locate", wrap(async (req, res) => {
    const q = parseQuery(
      z.object({ postalCode: z.string().max(20).optional(), city: z.string().max(100).optional(), country: z.string().max(60).optional() }),
      req.query,
    );
    res.json({ location: q.postalCode || q.city ? await resolveLocation(q) : null });
  }));

  const partners = partnerGate(deps, pool);
  r.options("/studies/:nctId/inquiries", partners.preflight);
  r.post("/studies/:nctId/inquiries", partners.check, wrap(async (req, res) => {
    const key = req.get("idempotency-key");
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      throw new AppError("INVALID_INPUT", { fieldErrors: { "Idempotency-Key": ["Must be 1 to 200 visible ASCII characters."] } });
    }
    const wait = await inquiriesPerIp.consume(req.ip ?? "unknown");
    const email = typeof req.body?.email === "string" ? req.body.email.toLowerCase().slice(0, 254) : null;
    const waitEmail = wait === 0 && email ? await inquiriesPerEmail.consume(email) : 0;
    if (wait || waitEmail) {
      res.setHeader("retry-after", String(wait || waitEmail));
      throw new AppError("RATE_LIMITED");
    }
    if (req.body === null || typeof req.body !== "object" || Array.isArray(req.body)) {
      res.status(400).json({ errors: [{ path: "", message: "The body must be a JSON object." }] });
      return;
    }
    const answer = await submitInquiry(intake, String(req.params.nctId), req.body, {
      ip: req.ip ?? null,
      idempotencyKey: key,
      partnerId: (res.locals.partnerId as string | undefined) ?? null,
    });
    res.status(answer.statusCode).json(answer.body);
  }));

  const sharesPerIp = limiters.create("share-ip", perMinute === 0 ? 0 : 5, 60 * 60);
  const sharesPerFriend = limiters.create("share-to", perMinute === 0 ? 0 : 3, 24 * 60 * 60);
  r.post("/studies/:nctId/share", wrap(async (req, res) => {
    const to = typeof req.body?.friendEmail === "string" ? req.body.friendEmail.toLowerCase().slice(0, 254) : "";
    const wait = (await sharesPerIp.consume(req.ip ?? "unknown")) || (to ? await sharesPerFriend.consume(to) : 0);
    if (wait) {
      res.setHeader("retry-after", String(wait));
      throw new AppError("RATE_LIMITED");
    }
    await sendStudyToFriend(deps, String(req.params.nctId), req.body, req.ip ?? null);
    res.status(202).json({});
  }));

  const notesPerIp = limiters.create("notes-ip", perMinute === 0 ? 0 : 20, 60 * 60);
  r.post("/notes", express.json({ limit: "128kb" }), wrap(async (req, res) => {
    const wait = await notesPerIp.consume(req.ip ?? "unknown");
    if (wait) {
      res.setHeader("retry-after", String(wait));
      throw new AppError("RATE_LIMITED");
    }
    res.status(201).json(await createSharedNote(deps.db, req.body));
  }));
  r.get("/notes/:slug", wrap(async (req, res) => {
    res.setHeader("cache-control", "no-store");
    res.json(await getSharedNote(deps.db, String(req.params.slug)));
  }));

  r.use((_req, res) => {
    res.status(404).json({ errors: [{ path: "", message: "Not found." }] });
  });

  // Errors: AppError → its status; malformed JSON → 400; anything else → 500 without details.
  r.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof AppError) {
      res.status(error.httpStatus).json(errorsBody(error.fieldErrors, error.userMessage));
      return;
    }
    const e = error as { type?: string; status?: number; name?: string };
    if (e.type === "entity.parse.failed" || e.type === "entity.too.large" || e.type === "charset.unsupported" || e.type === "encoding.unsupported") {
      res.status(e.status ?? 400).json({ errors: [{ path: "", message: e.type === "entity.too.large" ? "The request is too large." : "The body is not valid JSON." }] });
      return;
    }
    deps.log.error({ err: { name: e.name } , area: "public-api" }, "public API failure");
    res.status(500).json({ errors: [{ path: "", message: "Something went wrong on our side." }] });
  });
  return r;
}
