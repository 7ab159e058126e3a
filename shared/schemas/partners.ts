// Partner websites that embed the get-in-touch form (docs/embed.md): a public key each and the
// origins allowed to frame the form and to send inquiries with that key.
import { z } from "zod";

export const MAX_PARTNER_ORIGINS = 20;

/** "https://example.org" or "http://127.0.0.1:8080": a scheme, a host and an optional port, nothing else. */
export function normalizeOrigin(value: string): string | null {
  const trimmed = value.trim().replace(/\/+$/, "");
  if (!URL.canParse(trimmed)) return null;
  const url = new URL(trimmed);
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password || trimmed.includes("*")) return null;
  return url.origin;
}

export const partnerOriginSchema = z
  .string()
  .max(200, { error: "Must be at most 200 characters." })
  .transform((v, ctx) => {
    const origin = normalizeOrigin(v);
    if (!origin) {
      ctx.addIssue({ code: "custom", message: "Must be an origin such as https://example.org (no path)." });
      return z.NEVER;
    }
    return origin;
  });

const origins = z
  .array(partnerOriginSchema)
  .max(MAX_PARTNER_ORIGINS, { error: `At most ${MAX_PARTNER_ORIGINS} origins.` })
  .transform((list) => [...new Set(list)]);

export const createPartnerSchema = z.object({
  name: z.string().trim().min(1, { error: "Required." }).max(100, { error: "Must be at most 100 characters." }),
  allowedOrigins: origins,
});
export type CreatePartnerInput = z.infer<typeof createPartnerSchema>;

export const updatePartnerOriginsSchema = z.object({ id: z.uuid(), allowedOrigins: origins });
export type UpdatePartnerOriginsInput = z.infer<typeof updatePartnerOriginsSchema>;

export const partnerIdSchema = z.object({ id: z.uuid() });

export type PartnerView = {
  id: string;
  name: string;
  publicKey: string;
  allowedOrigins: string[];
  active: boolean;
  createdAt: Date;
  inquiries: number;
};
