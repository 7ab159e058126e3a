// Serves the built React client (dist/client) with long-lived caching for hashed assets and the
// SPA's index.html for every other GET that is not an API route.
import fs from "node:fs";
import path from "node:path";
import express, { type Router } from "express";

export function staticClient(clientDir: string): Router {
  const r = express.Router();
  const indexFile = path.join(clientDir, "index.html");
  r.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y", fallthrough: false }));
  r.use(express.static(clientDir, { index: false, maxAge: "1h" }));
  r.get(/^(?!\/(api|trpc|healthz)(\/|$)).*/, (_req, res) => {
    if (!fs.existsSync(indexFile)) {
      res.status(503).type("text/plain").send("The client is not built. Run: npm run build:client");
      return;
    }
    res.setHeader("cache-control", "no-cache");
    res.sendFile(indexFile);
  });
  return r;
}
