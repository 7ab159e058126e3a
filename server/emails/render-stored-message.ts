// Messages stored before they are rendered (the intake's: docs/email.md, "Rendered at delivery")
// keep their template version (template_id) and checked variables (render_vars). Delivery renders
// them with this, exactly as enqueueEmail would have at write time, and stores what it sent; the
// outbox renders a message not sent yet the same way to show it.
import { defaultTemplate } from "./default-templates";
import { renderEmail, type RenderedEmail } from "./render-template";
import type { EmailKind, EmailLocale, TemplateKey } from "./template-catalog";
import type { TemplateContent } from "./validate-template";

export type RenderVars = { vars: Record<string, string>; autoSubmitted: boolean };

export type StoredForRender = { templateKey: string; kind: EmailKind; locale: string; renderVars: RenderVars };

class TemplateVersionMissing extends Error {
  override name = "TemplateVersionMissing";
}

/**
 * The bodies of a stored message, from its own template version (`content`), or from the shipped
 * template when it has none (template_id null: no version was saved for its key and language).
 */
export function renderStoredMessage(m: StoredForRender, content: TemplateContent | null): Pick<RenderedEmail, "html" | "text"> {
  const key = m.templateKey as TemplateKey;
  const locale = m.locale as EmailLocale;
  const source = content ?? defaultTemplate(key, locale)?.content;
  if (!source) throw new TemplateVersionMissing("no template to render the message with");
  const { html, text } = renderEmail({
    key,
    locale,
    content: source,
    vars: m.renderVars.vars,
    kind: m.kind,
    autoSubmitted: m.renderVars.autoSubmitted,
  });
  return { html, text };
}

/**
 * Template versions never change once saved (a change is a new version), so their content can be
 * kept for the life of the process. `load` reads one by id (null when it does not exist).
 */
export function templateVersionCache(load: (id: string) => Promise<TemplateContent | null>, max = 500) {
  const cache = new Map<string, TemplateContent>();
  return async (id: string | null): Promise<TemplateContent | null> => {
    if (!id) return null;
    const hit = cache.get(id);
    if (hit) return hit;
    const content = await load(id);
    if (content && cache.size < max) cache.set(id, content);
    return content;
  };
}
