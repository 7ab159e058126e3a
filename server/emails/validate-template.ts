// Checks a template before it is saved (and every default at start-up): only plain {{NAME}}
// placeholders, only the variables the catalogue declares for the key, required ones present,
// nothing sensitive in the subject. Every problem names its field, line and column.
import Mustache from "mustache";
import { TEMPLATE_CATALOG, type TemplateKey } from "./template-catalog";

export type TemplateField = "subject" | "html" | "text";
export const TEMPLATE_FIELDS: readonly TemplateField[] = ["subject", "html", "text"];
export type TemplateContent = Record<TemplateField, string>;

export type TemplateIssueCode =
  | "EMPTY"
  | "SYNTAX"
  | "UNSUPPORTED_TAG"
  | "INVALID_NAME"
  | "UNKNOWN_VARIABLE"
  | "NOT_ALLOWED_IN_SUBJECT"
  | "LINE_BREAK_IN_SUBJECT"
  | "MISSING_REQUIRED";

export type TemplateIssue = {
  field: TemplateField;
  code: TemplateIssueCode;
  /** 1-based; null only for MISSING_REQUIRED and EMPTY, which have no place in the text. */
  line: number | null;
  column: number | null;
  variable?: string;
  message: string;
};

const TAGS: [string, string] = ["{{", "}}"];
const NAME = /^[A-Z][A-Z0-9_]*$/;
// `{{` followed by a Mustache sigil: section, inverted section, close, partial, unescaped,
// comment or delimiter change. Only plain names are allowed.
const SIGIL_TAG = /\{\{\s*([#^/>{&!=])/g;

const writer = new Mustache.Writer();
// Admins type live previews: without this every draft would stay in Mustache's cache for ever.
(writer as unknown as { templateCache: undefined }).templateCache = undefined;

export type NameToken = { name: string; index: number };

export function positionOf(source: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

function unclosedTagIndex(source: string): number {
  for (let open = source.indexOf("{{"); open !== -1; open = source.indexOf("{{", open + 2)) {
    const close = source.indexOf("}}", open + 2);
    const next = source.indexOf("{{", open + 2);
    if (close === -1 || (next !== -1 && next < close)) return open;
  }
  return source.length;
}

const SIGIL_NAMES: Record<string, string> = {
  "#": "sections ({{#…}})",
  "^": "inverted sections ({{^…}})",
  "/": "section ends ({{/…}})",
  ">": "partials ({{>…}})",
  "{": "unescaped output ({{{…}}})",
  "&": "unescaped output ({{&…}})",
  "!": "comments ({{!…}})",
  "=": "delimiter changes ({{=…=}})",
};

export type ParsedTemplate = { tokens: readonly unknown[][]; names: NameToken[]; issues: Omit<TemplateIssue, "field">[] };

// Parsing costs far more than rendering (Mustache rebuilds its scanner for every parse), and the
// same few template versions are rendered over and over: keep the latest parses, a bounded number.
const CACHE_SIZE = 256;
const parsed = new Map<string, ParsedTemplate>();

/**
 * Parses one field into its placeholders, or returns the problems that make it unusable.
 * Mustache's own parser does the tokenising; we accept only its "text" and "name" tokens.
 */
export function parsePlaceholders(source: string): ParsedTemplate {
  const hit = parsed.get(source);
  if (hit) {
    parsed.delete(source);
    parsed.set(source, hit);
    return hit;
  }
  const result = parseUncached(source);
  parsed.set(source, result);
  if (parsed.size > CACHE_SIZE) parsed.delete(parsed.keys().next().value!);
  return result;
}

function parseUncached(source: string): ParsedTemplate {
  const issues: Omit<TemplateIssue, "field">[] = [];
  for (const m of source.matchAll(SIGIL_TAG)) {
    const at = positionOf(source, m.index);
    issues.push({ code: "UNSUPPORTED_TAG", ...at, message: `Only {{NAME}} placeholders are allowed; ${SIGIL_NAMES[m[1]!]} are not (line ${at.line}, column ${at.column}).` });
  }
  if (issues.length) return { tokens: [], names: [], issues };

  let tokens: unknown[][];
  try {
    tokens = writer.parse(source, TAGS) as unknown[][];
  } catch (error) {
    const message = (error as Error).message;
    // Mustache reports an unclosed tag at the end of the text; point at the tag that opens it.
    const index = /^Unclosed tag/.test(message) ? unclosedTagIndex(source) : Number(/ at (\d+)$/.exec(message)?.[1] ?? 0);
    const at = positionOf(source, index);
    return { tokens: [], names: [], issues: [{ code: "SYNTAX", ...at, message: `${message.replace(/ at \d+$/, "")} (line ${at.line}, column ${at.column}).` }] };
  }

  const names: NameToken[] = [];
  for (const token of tokens) {
    const [type, value, start] = token as [string, string, number];
    if (type === "text") continue;
    const at = positionOf(source, start);
    if (type !== "name") {
      issues.push({ code: "UNSUPPORTED_TAG", ...at, message: `Only {{NAME}} placeholders are allowed (line ${at.line}, column ${at.column}).` });
    } else if (!NAME.test(value)) {
      issues.push({ code: "INVALID_NAME", ...at, variable: value, message: `"${value}" is not a placeholder name: use capitals, digits and _ such as {{FIRST_NAME}} (line ${at.line}, column ${at.column}).` });
    } else {
      names.push({ name: value, index: start });
    }
  }
  return { tokens, names, issues };
}

export function validateTemplate(key: TemplateKey, content: TemplateContent): TemplateIssue[] {
  const definition = TEMPLATE_CATALOG[key];
  const issues: TemplateIssue[] = [];
  const used: Record<TemplateField, Set<string>> = { subject: new Set(), html: new Set(), text: new Set() };
  // A part that could not be parsed says nothing about which placeholders it holds.
  const unparsed = new Set<TemplateField>();

  for (const field of TEMPLATE_FIELDS) {
    const source = content[field];
    if (source.trim() === "") {
      issues.push({ field, code: "EMPTY", line: null, column: null, message: "Must not be empty." });
      continue;
    }
    if (field === "subject") {
      const lineBreak = /[\r\n]/.exec(source);
      if (lineBreak) {
        const at = positionOf(source, lineBreak.index);
        issues.push({ field, code: "LINE_BREAK_IN_SUBJECT", ...at, message: `The subject must be one line (line ${at.line}, column ${at.column}).` });
      }
    }
    const parsed = parsePlaceholders(source);
    issues.push(...parsed.issues.map((i) => ({ field, ...i })));
    if (parsed.issues.some((i) => i.code !== "INVALID_NAME")) unparsed.add(field);
    for (const { name, index } of parsed.names) {
      const at = positionOf(source, index);
      const variable = definition.variables[name];
      if (!variable) {
        issues.push({ field, code: "UNKNOWN_VARIABLE", ...at, variable: name, message: `{{${name}}} is not available in this template (line ${at.line}, column ${at.column}).` });
      } else if (field === "subject" && !variable.inSubject) {
        issues.push({ field, code: "NOT_ALLOWED_IN_SUBJECT", ...at, variable: name, message: `{{${name}}} may not appear in the subject: subjects are visible in inbox lists and notifications (line ${at.line}, column ${at.column}).` });
      } else {
        used[field].add(name);
      }
    }
  }

  for (const [name, variable] of Object.entries(definition.variables)) {
    if (!variable.required) continue;
    for (const field of ["html", "text"] as const) {
      if (content[field].trim() !== "" && !unparsed.has(field) && !used[field].has(name)) {
        issues.push({ field, code: "MISSING_REQUIRED", line: null, column: null, variable: name, message: `{{${name}}} is required in this part.` });
      }
    }
  }
  return issues;
}
