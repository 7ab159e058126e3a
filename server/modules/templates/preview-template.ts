// Renders a draft exactly as it would be sent (same renderer, same layout) with the catalogue's
// sample data, and lists its problems with their line and column. A draft that cannot be parsed
// is not rendered.
import { renderEmail } from "../../emails/render-template";
import { TEMPLATE_CATALOG, sampleVariables } from "../../emails/template-catalog";
import { validateTemplate, type TemplateContent } from "../../emails/validate-template";
import { templateRef } from "./template-access";

const UNRENDERABLE = new Set(["SYNTAX", "UNSUPPORTED_TAG", "INVALID_NAME"]);
const SAMPLE_UNSUBSCRIBE_URL = "https://trials.example.org/unsubscribe/sample-token";

export function previewTemplate(input: { key: string; locale: string } & TemplateContent) {
  const { key, locale } = templateRef(input);
  const content = { subject: input.subject, html: input.html, text: input.text };
  const issues = validateTemplate(key, content);
  if (issues.some((i) => UNRENDERABLE.has(i.code))) return { issues, rendered: null };
  const definition = TEMPLATE_CATALOG[key];
  const rendered = renderEmail({
    key,
    locale,
    content,
    vars: sampleVariables(key, locale),
    kind: definition.kind,
    autoSubmitted: definition.autoSubmitted,
    unsubscribeUrl: definition.kind === "ALERT" ? SAMPLE_UNSUBSCRIBE_URL : undefined,
  });
  return { issues, rendered };
}
