// The shipped templates: server/emails/defaults/<key>.<locale>.{subject,html,txt}. At start-up
// each one becomes version 1 in the database if that key and language has no version yet, so
// an admin's edits are never overwritten and a restart (or several processes starting at once)
// changes nothing.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../db/prisma";
import { EMAIL_LOCALES, TEMPLATE_KEYS, type EmailLocale, type TemplateKey } from "./template-catalog";
import { validateTemplate, type TemplateContent } from "./validate-template";

export const DEFAULTS_DIR = path.join(import.meta.dirname, "defaults");

export type DefaultTemplate = { key: TemplateKey; locale: EmailLocale; content: TemplateContent };

let cache: DefaultTemplate[] | undefined;

export function readDefaultTemplates(dir: string = DEFAULTS_DIR): DefaultTemplate[] {
  if (dir === DEFAULTS_DIR && cache) return cache;
  const out: DefaultTemplate[] = [];
  for (const key of TEMPLATE_KEYS) {
    for (const locale of EMAIL_LOCALES) {
      const base = path.join(dir, `${key}.${locale}`);
      if (!fs.existsSync(`${base}.subject`)) continue;
      const read = (ext: string) => fs.readFileSync(`${base}.${ext}`, "utf8");
      const content = { subject: read("subject").trim(), html: read("html"), text: read("txt") };
      const issues = validateTemplate(key, content);
      if (issues.length) {
        throw new Error(`default template ${key}.${locale} is invalid: ${issues.map((i) => `${i.field} ${i.code}${i.line ? ` at ${i.line}:${i.column}` : ""}`).join("; ")}`);
      }
      out.push({ key, locale, content });
    }
  }
  if (dir === DEFAULTS_DIR) cache = out;
  return out;
}

export function defaultTemplate(key: TemplateKey, locale: EmailLocale): DefaultTemplate | undefined {
  return readDefaultTemplates().find((t) => t.key === key && t.locale === locale);
}

/** Inserts version 1 of every shipped template that has no version yet. Returns how many it added. */
export async function loadDefaultTemplates(db: Db): Promise<number> {
  const result = await db.emailTemplate.createMany({
    data: readDefaultTemplates().map((t) => ({ key: t.key, locale: t.locale, version: 1, ...t.content })),
    skipDuplicates: true,
  });
  return result.count;
}
