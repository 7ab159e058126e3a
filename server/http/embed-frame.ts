// The embeddable form's page (/embed/studies/:nctId) and script (/embed.js). With ?partner=KEY of
// an active partner, browsers may show it inside that partner's allowed origins (CSP
// frame-ancestors); an unknown or inactive key gets a plain page saying so. Without a key the
// page keeps frame-ancestors 'self', like every other page. The rest of the policy is helmet's.
import type { RequestHandler } from "express";
import type { AppDeps } from "../app-deps";
import { sharedPublicPool } from "../lib/rate-limit";
import { createPartnerLookup } from "../modules/partners/find-partner";

const REFUSED_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Form not available</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:24px;color:#1a1b1e;background:#fff}main{max-width:560px}h1{font-size:1.25rem;margin:0 0 8px}</style>
</head><body><main>
<h1>This form cannot be shown here</h1>
<p>The partner key in this embed is unknown or no longer active. If this is your website, check the snippet's <code>data-partner</code> key, or ask the study team for a new one.</p>
<p lang="ar" dir="rtl">لا يمكن عرض هذا النموذج هنا: مفتاح الشريك غير معروف أو لم يعد نشطًا.</p>
<p lang="es">Este formulario no se puede mostrar aquí: la clave de socio es desconocida o ya no está activa.</p>
<p lang="fr">Ce formulaire ne peut pas être affiché ici : la clé partenaire est inconnue ou n'est plus active.</p>
</main></body></html>`;

function withFrameAncestors(policy: string, sources: string): string {
  return /frame-ancestors [^;]*/.test(policy) ? policy.replace(/frame-ancestors [^;]*/, `frame-ancestors ${sources}`) : `${policy};frame-ancestors ${sources}`;
}

export function embedFrame(deps: AppDeps): RequestHandler {
  const findPartner = createPartnerLookup(sharedPublicPool(deps.databaseUrl));
  return (req, res, next) => {
    // Partners' pages load the script from here: helmet's Cross-Origin-Resource-Policy
    // (same-origin) would make browsers refuse it.
    if (req.path === "/embed.js") res.setHeader("cross-origin-resource-policy", "cross-origin");
    const key = req.query.partner;
    if (req.method !== "GET" || key === undefined || !req.path.startsWith("/embed/")) return next();
    void (async () => {
      const partner = typeof key === "string" ? await findPartner(key) : null;
      const policy = String(res.getHeader("content-security-policy") ?? "");
      if (!partner || !partner.active) {
        // No data and no controls on this page: it may show in any frame, so the partner sees why.
        res.setHeader("content-security-policy", withFrameAncestors(policy, "*"));
        res.status(403).type("html").setHeader("cache-control", "no-store").send(REFUSED_PAGE);
        return;
      }
      // No allowed origins yet: nobody else may frame it.
      res.setHeader("content-security-policy", withFrameAncestors(policy, partner.allowedOrigins.length ? partner.allowedOrigins.join(" ") : "'self'"));
      next();
    })().catch(next);
  };
}
