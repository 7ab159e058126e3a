// One template in one language, for the editor: the catalogue's variables with sample values,
// the version in force (or, when the language has none, the English text it falls back to) and
// the list of versions.
import type { Db } from "../../db/prisma";
import { FALLBACK_LOCALE, TEMPLATE_CATALOG, sampleVariables } from "../../emails/template-catalog";
import { AppError } from "../../lib/app-error";
import { templateRef, versionSelect } from "./template-access";

export async function getTemplate(db: Db, input: { key: string; locale: string }) {
  const { key, locale } = templateRef(input);
  const definition = TEMPLATE_CATALOG[key];
  const samples = sampleVariables(key, locale);
  const [current, versions] = await Promise.all([
    db.emailTemplate.findFirst({ where: { key, locale }, orderBy: { version: "desc" }, select: versionSelect }),
    db.emailTemplate.findMany({
      where: { key, locale },
      orderBy: { version: "desc" },
      select: { version: true, createdAt: true, createdBy: { select: { name: true } } },
    }),
  ]);
  const fallback = current
    ? null
    : await db.emailTemplate.findFirst({ where: { key, locale: FALLBACK_LOCALE }, orderBy: { version: "desc" }, select: versionSelect });
  return {
    key,
    locale,
    kind: definition.kind,
    audience: definition.audience,
    description: definition.description,
    variables: Object.entries(definition.variables).map(([name, v]) => ({
      name,
      required: v.required,
      inSubject: v.inSubject,
      format: v.format,
      description: v.description,
      sample: samples[name] ?? "",
    })),
    current,
    fallback,
    versions: versions.map((v) => ({ version: v.version, createdAt: v.createdAt, createdBy: v.createdBy?.name ?? null })),
  };
}

export async function getTemplateVersion(db: Db, input: { key: string; locale: string; version: number }) {
  const { key, locale } = templateRef(input);
  const row = await db.emailTemplate.findUnique({ where: { key_locale_version: { key, locale, version: input.version } }, select: versionSelect });
  if (!row) throw new AppError("NOT_FOUND", { userMessage: "There is no such version." });
  return row;
}
