// Every template key with its languages: the version in force per language, who saved it, and
// which languages are missing (English is sent instead) or older than the English text.
import type { Db } from "../../db/prisma";
import { EMAIL_LOCALES, FALLBACK_LOCALE, TEMPLATE_CATALOG, TEMPLATE_KEYS, type EmailLocale } from "../../emails/template-catalog";

export async function listTemplates(db: Db) {
  const rows = await db.emailTemplate.findMany({
    distinct: ["key", "locale"],
    orderBy: [{ key: "asc" }, { locale: "asc" }, { version: "desc" }],
    select: { key: true, locale: true, version: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  const current = new Map(rows.map((r) => [`${r.key}|${r.locale}`, r]));
  return TEMPLATE_KEYS.map((key) => {
    const definition = TEMPLATE_CATALOG[key];
    const english = current.get(`${key}|${FALLBACK_LOCALE}`);
    const locales = EMAIL_LOCALES.map((locale: EmailLocale) => {
      const row = current.get(`${key}|${locale}`);
      return {
        locale,
        version: row?.version ?? null,
        updatedAt: row?.createdAt ?? null,
        updatedBy: row?.createdBy?.name ?? null,
        // English was edited after this translation was last saved: it may say something else now.
        outdated: Boolean(row && english && locale !== FALLBACK_LOCALE && english.version > 1 && english.createdAt > row.createdAt),
      };
    });
    return {
      key,
      kind: definition.kind,
      audience: definition.audience,
      description: definition.description,
      locales,
      missing: locales.filter((l) => l.version === null).map((l) => l.locale),
    };
  });
}
