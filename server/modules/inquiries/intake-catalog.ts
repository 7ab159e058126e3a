// What the intake needs to know that admins change rarely, read with one SQL statement each
// through `pg` and kept for CATALOG_TTL_MS: a study with its sites (and who is alerted at each),
// the settings, the admins (alerted for the central queue) and the templates in force. A change
// made in the dashboard reaches new inquiries within that time, in every server process.
import type pg from "pg";
import { defaultTemplate } from "../../emails/default-templates";
import type { CurrentTemplate } from "../../emails/enqueue-email";
import { FALLBACK_LOCALE, type EmailLocale, type TemplateKey } from "../../emails/template-catalog";
import { settingsFromStored, SETTINGS_KEY, type Settings } from "../settings/settings";
import { ttlCache } from "./ttl-cache";

export const CATALOG_TTL_MS = 2000;

export type Recipient = { email: string; locale: string | null };
export type IntakeSite = {
  siteId: string; name: string; city: string; countryCode: string; lat: number | null; lon: number | null;
  languages: string[]; active: boolean; siteAccepting: boolean; linkAccepting: boolean; recruitmentStatus: string;
  weeklyCap: number | null; timeZone: string; workingHours: unknown; alertEmails: string[]; members: Recipient[];
};
export type IntakeStudy = { id: string; nctId: string; title: string; overallStatus: string; sites: IntakeSite[] };

const STUDY_SQL = `
  SELECT s.id, s.nct_id AS "nctId", s.title, s.overall_status AS "overallStatus",
    coalesce((
      SELECT json_agg(json_build_object(
        'siteId', si.id, 'name', si.name, 'city', si.city, 'countryCode', si.country_code,
        'lat', si.latitude, 'lon', si.longitude, 'languages', si.languages, 'active', si.active,
        'siteAccepting', si.accepting_inquiries, 'linkAccepting', ss.accepting_inquiries,
        'recruitmentStatus', ss.recruitment_status, 'weeklyCap', si.weekly_cap, 'timeZone', si.time_zone,
        'workingHours', si.working_hours, 'alertEmails', si.alert_emails,
        'members', (SELECT coalesce(json_agg(json_build_object('email', u.email, 'locale', u.locale) ORDER BY m.created_at), '[]'::json)
                    FROM site_memberships m JOIN users u ON u.id = m.user_id
                    WHERE m.site_id = si.id AND m.notify AND u.active)
      ) ORDER BY si.id)
      FROM study_sites ss JOIN sites si ON si.id = ss.site_id
      WHERE ss.study_id = s.id), '[]'::json) AS sites
  FROM studies s
  WHERE s.nct_id = $1 AND s.published`;

// A site no longer linked to the study (a repeat inquiry keeps the earlier inquiry's site).
const SITE_SQL = `
  SELECT si.id AS "siteId", si.name, si.city, si.country_code AS "countryCode", si.latitude AS lat, si.longitude AS lon,
    si.languages, si.active, si.accepting_inquiries AS "siteAccepting", false AS "linkAccepting", '' AS "recruitmentStatus",
    si.weekly_cap AS "weeklyCap", si.time_zone AS "timeZone", si.working_hours AS "workingHours", si.alert_emails AS "alertEmails",
    '[]'::json AS members
  FROM sites si WHERE si.id = $1`;

const TEMPLATE_SQL = `
  SELECT id, version, locale, subject, html, text FROM email_templates
  WHERE key = $1 AND locale = ANY($2::text[])
  ORDER BY (locale = $3) DESC, version DESC
  LIMIT 1`;

export type IntakeCatalog = {
  study(nctId: string): Promise<IntakeStudy | null>;
  site(siteId: string): Promise<IntakeSite | null>;
  settings(): Promise<Settings>;
  admins(): Promise<Recipient[]>;
  template(key: TemplateKey, locale: EmailLocale): Promise<CurrentTemplate>;
  clear(): void;
};

export function createIntakeCatalog(pool: pg.Pool, ttlMs = CATALOG_TTL_MS): IntakeCatalog {
  const studies = ttlCache(ttlMs, async (nctId: string) => {
    const { rows } = await pool.query<IntakeStudy>(STUDY_SQL, [nctId]);
    return rows[0] ?? null;
  });
  const sites = ttlCache(ttlMs, async (siteId: string) => {
    const { rows } = await pool.query<IntakeSite>(SITE_SQL, [siteId]);
    return rows[0] ?? null;
  });
  const settings = ttlCache(ttlMs, async () => {
    const { rows } = await pool.query<{ value: unknown }>("SELECT value FROM settings WHERE key = $1", [SETTINGS_KEY]);
    return settingsFromStored(rows[0]?.value);
  });
  const admins = ttlCache(ttlMs, async () => {
    const { rows } = await pool.query<Recipient>(`SELECT email, locale FROM users WHERE role = 'ADMIN' AND active ORDER BY created_at`);
    return rows;
  });
  // The version in force for the language, else English, else the shipped file (as enqueueEmail).
  const templates = ttlCache(ttlMs, async (id: string): Promise<CurrentTemplate> => {
    const [key, locale] = id.split("|") as [TemplateKey, EmailLocale];
    const { rows } = await pool.query<{ id: string; version: number; locale: EmailLocale; subject: string; html: string; text: string }>(TEMPLATE_SQL, [
      key,
      [locale, FALLBACK_LOCALE],
      locale,
    ]);
    const row = rows[0];
    if (row) return { id: row.id, version: row.version, locale: row.locale, content: { subject: row.subject, html: row.html, text: row.text } };
    const shipped = defaultTemplate(key, locale) ?? defaultTemplate(key, FALLBACK_LOCALE);
    if (!shipped) throw new Error(`no template for ${key}`);
    return { id: null, version: 0, locale: shipped.locale, content: shipped.content };
  });
  return {
    study: (nctId) => studies.get(nctId),
    site: (siteId) => sites.get(siteId),
    settings: () => settings.get(undefined),
    admins: () => admins.get(undefined),
    template: (key, locale) => templates.get(`${key}|${locale}`),
    clear() {
      studies.clear();
      sites.clear();
      settings.clear();
      admins.clear();
      templates.clear();
    },
  };
}
