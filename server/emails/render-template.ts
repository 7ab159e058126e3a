// Renders a template with Mustache: parsed by Mustache, then checked to hold only text and plain
// {{NAME}} tokens, then rendered by Mustache's own writer over a view that holds strings only
// (no prototype, no functions), so a template cannot call code or reach anything it was not given.
// HTML part: values HTML-escaped. Text part and subject: values as is; the subject is then made
// safe to be a header.
import Mustache from "mustache";
import { headerValue } from "./header-value";
import { escapeHtml, wrapHtml, wrapText } from "./layout";
import { APP_NAME, TEMPLATE_CATALOG, isRtl, type EmailKind, type EmailLocale, type TemplateKey } from "./template-catalog";
import { parsePlaceholders, type TemplateContent } from "./validate-template";

export type RenderInput = {
  key: TemplateKey;
  locale: EmailLocale;
  content: TemplateContent;
  vars: Record<string, string>;
  kind: EmailKind;
  autoSubmitted: boolean;
  unsubscribeUrl?: string;
};

export type RenderedEmail = { subject: string; html: string; text: string };

export class TemplateRenderError extends Error {
  override name = "TemplateRenderError";
}

const writer = new Mustache.Writer();
const identity = (s: string) => s;

type Token = [string, string, number, number];

function tokensOf(source: string): readonly Token[] {
  const { issues, tokens } = parsePlaceholders(source);
  if (issues.length) throw new TemplateRenderError(`template has unsupported syntax: ${issues[0]!.code}`);
  return tokens as unknown as readonly Token[];
}

/** "lines" values: one item per line, as an HTML list whose http(s) addresses are links. */
function linesToHtml(value: string, rtl: boolean): string {
  const items = value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const li = items.map((item) => {
    const parts = item.split(/(https?:\/\/[^\s<>"']+)/g);
    const html = parts.map((p, i) => (i % 2 === 1 ? `<a href="${escapeHtml(p)}">${escapeHtml(p)}</a>` : escapeHtml(p))).join("");
    return `<li style="margin:0 0 8px;">${html}</li>`;
  });
  return `<ul style="margin:0 0 16px;padding:0;padding-${rtl ? "right" : "left"}:20px;">${li.join("")}</ul>`;
}

function linesToText(value: string): string {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `- ${l}`)
    .join("\n");
}

function renderPart(source: string, vars: Record<string, string>, part: "subject" | "html" | "text", key: TemplateKey, locale: EmailLocale): string {
  const declared = TEMPLATE_CATALOG[key].variables;
  const tokens = tokensOf(source).map((token): Token => {
    // A "lines" value is turned into markup here, from escaped items, and inserted as is.
    if (part === "html" && token[0] === "name" && declared[token[1]]?.format === "lines") return ["&", `${token[1]}__HTML`, token[2], token[3]];
    return token;
  });
  const view: Record<string, string> = Object.create(null);
  for (const [name, variable] of Object.entries(declared)) {
    const value = vars[name] ?? "";
    if (variable.format === "lines") {
      view[name] = part === "html" ? "" : linesToText(value);
      view[`${name}__HTML`] = linesToHtml(value, isRtl(locale));
    } else {
      view[name] = value;
    }
  }
  Object.freeze(view);
  const escape = part === "html" ? Mustache.escape : identity;
  return writer.renderTokens(tokens as never, new Mustache.Context(view), undefined, source, { escape } as never);
}

const viewOf = (input: Pick<RenderInput, "vars" | "unsubscribeUrl">) => ({ ...input.vars, APP_NAME, UNSUBSCRIBE_URL: input.unsubscribeUrl ?? "" });

/** The subject alone, as renderEmail renders it (for messages whose bodies are rendered at delivery). */
export function renderSubject(input: Pick<RenderInput, "key" | "locale" | "content" | "vars" | "unsubscribeUrl">): string {
  return headerValue(renderPart(input.content.subject, viewOf(input), "subject", input.key, input.locale));
}

export function renderEmail(input: RenderInput): RenderedEmail {
  const vars = viewOf(input);
  const subject = headerValue(renderPart(input.content.subject, vars, "subject", input.key, input.locale));
  const bodyHtml = renderPart(input.content.html, vars, "html", input.key, input.locale);
  const bodyText = renderPart(input.content.text, vars, "text", input.key, input.locale);
  const layout = { locale: input.locale, subject, bodyHtml, bodyText, autoSubmitted: input.autoSubmitted, unsubscribeUrl: input.unsubscribeUrl };
  return { subject, html: wrapHtml(layout), text: wrapText(layout) };
}
