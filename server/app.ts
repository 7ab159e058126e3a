// The Express application: security headers, health, auth, tRPC and the client.
import express, { type Express } from "express";
import helmet from "helmet";
import { toNodeHandler } from "better-auth/node";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import type { AppDeps } from "./app-deps";
import { embedFrame } from "./http/embed-frame";
import { healthHandler } from "./http/health";
import { inquiriesCsv } from "./http/inquiries-csv";
import { publicApi } from "./http/public-api";
import { requestLog } from "./http/request-log";
import { staticClient } from "./http/static-client";
import { CLIENT_IP_HEADER } from "./modules/auth/auth";
import { createRequestContext } from "./trpc/context";
import { appRouter } from "./trpc/router";

/**
 * better-auth rate-limits by the address in CLIENT_IP_HEADER. We always overwrite it with
 * Express's req.ip, which honours X-Forwarded-For only from a trusted (loopback) proxy, so a
 * client cannot dodge the sign-in limit by sending its own header.
 */
const clientIpHeader: express.RequestHandler = (req, _res, next) => {
  req.headers[CLIENT_IP_HEADER] = req.ip ?? req.socket.remoteAddress ?? "unknown";
  next();
};

export function createApp(deps: AppDeps, opts: { clientDir: string }): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(requestLog(deps.log));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          "default-src": ["'self'"],
          "script-src": ["'self'"],
          // Mantine sets inline style attributes.
          "style-src": ["'self'", "'unsafe-inline'"],
          "img-src": ["'self'", "data:"],
          "connect-src": ["'self'"],
          "frame-ancestors": ["'self'"],
          "upgrade-insecure-requests": null,
        },
      },
      strictTransportSecurity: deps.publicUrl.startsWith("https://"),
    }),
  );
  app.get("/healthz", healthHandler(deps));
  // better-auth reads the raw body itself: mount it before any body parser.
  app.all("/api/auth/*splat", clientIpHeader, toNodeHandler(deps.auth));
  app.use(
    "/trpc",
    // A ClinicalTrials.gov file uploaded by an admin (studies.importCtgov) may be up to 5 MB.
    express.json({ limit: "6mb", type: (req) => Boolean(req.url?.includes("studies.importCtgov") && req.headers["content-type"]?.includes("json")) }),
    express.json({ limit: "256kb" }),
    createExpressMiddleware({ router: appRouter, createContext: (o) => createRequestContext(deps, o) }),
  );
  app.use("/api/public", publicApi(deps));
  app.use("/api/exports", inquiriesCsv(deps));
  app.use("/api", (_req, res) => res.status(404).json({ errors: [{ path: "", message: "Not found" }] }));
  app.use(embedFrame(deps));
  app.use(staticClient(opts.clientDir));
  return app;
}
