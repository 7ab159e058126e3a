// Fills a database with realistic, clearly marked fake inquiries for benchmarks and load tests,
// set-based (INSERT ... SELECT generate_series) so that a million rows take minutes.
//
// One transaction: the per-row triggers (search text, NOTIFY per new row) are disabled for the
// bulk load and the search text is computed here with the same SQL functions; if anything fails,
// the rollback also restores the triggers, so a crash never leaves a database without them.
import type pg from "pg";
import {
  ARABIC_FIRST, ARABIC_LAST, EMAIL_DOMAINS, LANGUAGES, LATIN_FIRST, LATIN_LAST, MARK, NOTES, SITE_PLACES, SOURCES,
  STATUS_OLD, STATUS_RECENT, STATUS_WEEKS, lit, numberedValues, weightedCase,
} from "./load-data-sql";

export type LoadDataOptions = {
  inquiries: number;
  sites: number;
  studies: number;
  /** Run even when the database holds inquiries, studies or sites the generator did not make. */
  force?: boolean;
  batchSize?: number;
  log?: (message: string) => void;
};

export type LoadDataResult = { inquiries: number; sites: number; studies: number; coordinators: number; notes: number; seconds: number };

/** A refusal to run, with a message meant for the person at the terminal. */
export class LoadDataRefusal extends Error {}
export class ForeignDataError extends LoadDataRefusal {}

const TRIGGERS = [
  ["inquiries", "inquiries_search_text"],
  ["inquiries", "inquiries_notify_insert"],
  ["activities", "activities_search_text"],
] as const;

/** Counts the rows the generator did not make: someone's real (or demo) data. */
export async function countForeignRows(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT (SELECT count(*) FROM studies WHERE source_version IS DISTINCT FROM $1)
          + (SELECT count(*) FROM sites WHERE match_key IS NULL OR match_key NOT LIKE $2)
          + (SELECT count(*) FROM inquiries WHERE reference NOT LIKE $3) AS n`,
    [MARK.studySourceVersion, `${MARK.siteMatchKeyPrefix}%`, `${MARK.referencePrefix}%`],
  );
  return Number(rows[0]!.n);
}

export async function generateLoadData(client: pg.Client, opts: LoadDataOptions): Promise<LoadDataResult> {
  const log = opts.log ?? (() => {});
  const batchSize = opts.batchSize ?? 50_000;
  for (const [key, min] of [["inquiries", 0], ["sites", 1], ["studies", 1]] as const) {
    if (!Number.isInteger(opts[key]) || opts[key] < min) throw new LoadDataRefusal(`--${key} must be an integer >= ${min}`);
  }
  const foreign = await countForeignRows(client);
  if (foreign > 0 && !opts.force) {
    throw new ForeignDataError(
      `This database holds ${foreign} studies, sites or inquiries the generator did not make. ` +
        "Use a separate database (DATABASE_URL), or pass --force to add generated rows beside them.",
    );
  }
  const started = Date.now();
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query("SET LOCAL work_mem = '64MB'");
    for (const [table, trigger] of TRIGGERS) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);

    const offset = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
    const siteOffset = await offset(`SELECT count(*) AS n FROM sites WHERE match_key LIKE '${MARK.siteMatchKeyPrefix}%'`);
    const studyOffset = await offset(`SELECT count(*) AS n FROM studies WHERE source_version = '${MARK.studySourceVersion}'`);
    const inquiryOffset = await offset(
      `SELECT coalesce(max(('x' || substr(reference, ${MARK.referencePrefix.length + 1}))::bit(32)::int), 0) AS n
       FROM inquiries WHERE reference LIKE '${MARK.referencePrefix}%'`,
    );

    await createSitesAndStudies(client, opts, siteOffset, studyOffset);
    log(`${opts.sites} sites, ${opts.studies} studies and ${opts.sites * 2} coordinators created`);
    await createVocabularies(client);

    let notes = 0;
    for (let from = 1; from <= opts.inquiries; from += batchSize) {
      const to = Math.min(opts.inquiries, from + batchSize - 1);
      notes += await insertInquiryBatch(client, inquiryOffset + from, inquiryOffset + to);
      log(`${to.toLocaleString("en")} / ${opts.inquiries.toLocaleString("en")} inquiries (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    for (const [table, trigger] of TRIGGERS) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
    await client.query("COMMIT");
    log("analysing tables");
    await client.query("VACUUM (ANALYZE) inquiries");
    await client.query("VACUUM (ANALYZE) activities");
    await client.query("ANALYZE sites, studies, study_sites, users, site_memberships");
    return { inquiries: opts.inquiries, sites: opts.sites, studies: opts.studies, coordinators: opts.sites * 2, notes, seconds: Math.round((Date.now() - started) / 100) / 10 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function createSitesAndStudies(client: pg.Client, opts: LoadDataOptions, siteOffset: number, studyOffset: number) {
  await client.query(`CREATE TEMP TABLE lg_places (i int, city text, country text, tz text, langs text) ON COMMIT DROP`);
  await client.query(`INSERT INTO lg_places SELECT * FROM ${numberedValues(SITE_PLACES)} v`);
  await client.query(
    `CREATE TEMP TABLE lg_sites ON COMMIT DROP AS
     SELECT g AS n, gen_random_uuid() AS id, p.* FROM generate_series(1, $1::int) g
     JOIN lg_places p ON p.i = 1 + (g % ${SITE_PLACES.length})`,
    [opts.sites],
  );
  await client.query(
    `INSERT INTO sites (id, name, organization, city, country_code, time_zone, languages, alert_emails, match_key, updated_at)
     SELECT id, 'Clinical Research Unit ' || (n + $1::int), 'Load Test Hospital', city, country, tz, langs::text[], '{}',
            '${MARK.siteMatchKeyPrefix}' || (n + $1::int), now()
     FROM lg_sites`,
    [siteOffset],
  );
  await client.query(
    `CREATE TEMP TABLE lg_studies ON COMMIT DROP AS SELECT g AS n, gen_random_uuid() AS id FROM generate_series(1, $1::int) g`,
    [opts.studies],
  );
  await client.query(
    `INSERT INTO studies (id, nct_id, title, overall_status, phases, conditions, keywords, inclusion_criteria, exclusion_criteria,
                          collaborators, source, source_version, updated_at)
     SELECT id, 'NCT95' || lpad((n + $1::int)::text, 6, '0'), 'Load test study ' || (n + $1::int), 'RECRUITING', '{PHASE2}',
            '{"Rare disease"}', '{}', '{}', '{}', '{}', 'SEED', '${MARK.studySourceVersion}', now()
     FROM lg_studies`,
    [studyOffset],
  );
  // Each site runs up to three studies, so that each study has several sites.
  await client.query(
    `CREATE TEMP TABLE lg_pairs ON COMMIT DROP AS
     SELECT row_number() OVER (ORDER BY s.n, st.n)::int AS rn, st.id AS study_id, s.id AS site_id, s.city, s.country
     FROM lg_sites s CROSS JOIN (VALUES (1), (7), (13)) m(k)
     JOIN lg_studies st ON st.n = 1 + ((s.n * m.k) % $1::int)
     GROUP BY s.n, st.n, st.id, s.id, s.city, s.country`,
    [opts.studies],
  );
  await client.query(`INSERT INTO study_sites (id, study_id, site_id, updated_at) SELECT gen_random_uuid(), study_id, site_id, now() FROM lg_pairs`);
  await client.query(
    `CREATE TEMP TABLE lg_coords ON COMMIT DROP AS
     SELECT s.id AS site_id, k, gen_random_uuid() AS user_id, s.n FROM lg_sites s CROSS JOIN generate_series(0, 1) k`,
  );
  await client.query(
    `INSERT INTO users (id, name, email, role, email_verified, updated_at)
     SELECT user_id, 'Coordinator ' || (n + $1::int) || '-' || k, 'coord-' || (n + $1::int) || '-' || k || '@${MARK.userEmailDomain}',
            'COORDINATOR', true, now()
     FROM lg_coords`,
    [siteOffset],
  );
  await client.query(`INSERT INTO site_memberships (id, user_id, site_id) SELECT gen_random_uuid(), user_id, site_id FROM lg_coords`);
}

async function createVocabularies(client: pg.Client) {
  await client.query(`CREATE TEMP TABLE lg_names (kind text, i int, name text, ascii text) ON COMMIT DROP`);
  for (const [kind, rows] of [["first_lat", LATIN_FIRST], ["last_lat", LATIN_LAST], ["first_ar", ARABIC_FIRST], ["last_ar", ARABIC_LAST]] as const) {
    await client.query(`INSERT INTO lg_names SELECT ${lit(kind)}, v.* FROM ${numberedValues(rows)} v`);
  }
  await client.query(`CREATE TEMP TABLE lg_notes (i int, body text) ON COMMIT DROP`);
  await client.query(`INSERT INTO lg_notes SELECT * FROM ${numberedValues(NOTES.map((n) => [n]))} v`);
}

const ACTIVE = `('ATTEMPTING_CONTACT', 'CONTACTED', 'PRE_SCREENING', 'ELIGIBLE', 'SCHEDULED')`;
const REACHED = `('CONTACTED', 'PRE_SCREENING', 'ELIGIBLE', 'NOT_ELIGIBLE', 'SCHEDULED', 'ENROLLED', 'DECLINED')`;

/** Inserts inquiries numbered [from, to] and their team notes; returns the number of notes. */
async function insertInquiryBatch(client: pg.Client, from: number, to: number): Promise<number> {
  const arabic = `(y.language = 'ar' AND y.r_script < 0.6)`;
  const h = `((y.g::bigint * 2654435761) % 100000000)`;
  await client.query(
    `CREATE TEMP TABLE lg_batch ON COMMIT DROP AS
     WITH x AS (
       SELECT g, random() r_pair, random() r_central, random() r_age, random() r_status, random() r_lang, random() r_script,
              random() r_first, random() r_last, random() r_assign, random() r_note, random() r_contact, random() r_follow,
              random() r_source, random() r_other
       FROM generate_series($1::int, $2::int) g
     ), y AS (
       SELECT x.*, 730 * power(x.r_age, 1.6) AS age_days, ${weightedCase("x.r_lang", LANGUAGES)} AS language
       FROM x
     ), z AS (
       SELECT y.*, now() - y.age_days * interval '1 day' AS created_at,
              ${`CASE WHEN y.age_days < 2 THEN ${weightedCase("y.r_status", STATUS_RECENT)} WHEN y.age_days < 14 THEN ${weightedCase("y.r_status", STATUS_WEEKS)} ELSE ${weightedCase("y.r_status", STATUS_OLD)} END`} AS status,
              p.study_id, CASE WHEN y.r_central < 0.04 THEN NULL ELSE p.site_id END AS site_id, p.city, p.country,
              f.name AS first_name, l.name AS last_name,
              f.ascii || '.' || l.ascii || (y.g % 997) || '@' || (${lit(`{${EMAIL_DOMAINS.join(",")}}`)}::text[])[1 + y.g % ${EMAIL_DOMAINS.length}] AS email,
              CASE y.language WHEN 'ar' THEN '+2010' || lpad(${h}::text, 8, '0') WHEN 'fr' THEN '+336' || lpad(${h}::text, 8, '0')
                WHEN 'es' THEN '+346' || lpad(${h}::text, 8, '0') ELSE '+1617' || lpad((${h} % 10000000)::text, 7, '0') END AS phone,
              '${MARK.referencePrefix}' || lpad(upper(to_hex(y.g)), 8, '0') AS reference,
              CASE WHEN y.r_note < 0.1 THEN (SELECT body FROM lg_notes WHERE i = 1 + floor(y.r_note * 10 * ${NOTES.length})::int) END AS note
       FROM y
       JOIN lg_pairs p ON p.rn = 1 + floor(power(y.r_pair, 1.5) * (SELECT count(*) FROM lg_pairs))::int
       JOIN lg_names f ON f.kind = CASE WHEN ${arabic} THEN 'first_ar' ELSE 'first_lat' END
         AND f.i = 1 + floor(y.r_first * CASE WHEN ${arabic} THEN ${ARABIC_FIRST.length} ELSE ${LATIN_FIRST.length} END)::int
       JOIN lg_names l ON l.kind = CASE WHEN ${arabic} THEN 'last_ar' ELSE 'last_lat' END
         AND l.i = 1 + floor(y.r_last * CASE WHEN ${arabic} THEN ${ARABIC_LAST.length} ELSE ${LATIN_LAST.length} END)::int
     ), w AS (
       SELECT z.*,
              CASE WHEN z.status IN ${REACHED} THEN least(now(), z.created_at + power(z.r_contact, 2) * interval '72 hours') END AS first_contact_at,
              CASE WHEN z.status <> 'NEW' AND z.site_id IS NOT NULL AND z.r_assign < 0.55 THEN c.user_id END AS assignee_id,
              CASE WHEN z.status IN ${ACTIVE} AND z.r_follow < 0.7 THEN
                CASE WHEN z.age_days < 30 THEN now() + (z.r_follow * 20 - 4) * interval '1 day' ELSE z.created_at + (1 + z.r_follow * 40) * interval '1 day' END
              END AS next_follow_up_at,
              least(now(), z.created_at + z.r_contact * interval '48 hours') AS note_at
       FROM z LEFT JOIN lg_coords c ON c.site_id = z.site_id AND c.k = z.g % 2
     )
     SELECT w.*, least(now(), greatest(w.created_at, w.first_contact_at, CASE WHEN w.note IS NOT NULL THEN w.note_at END)
                  + w.r_follow * interval '6 hours') AS last_activity_at
     FROM w`,
    [from, to],
  );
  await client.query(
    `INSERT INTO inquiries (id, reference, study_id, site_id, first_name, last_name, email, email_normalized, phone, language,
       other_language, country_code, location_source, location_label, consent, consent_text_version, consented_at, source, source_detail,
       status, assignee_id, interpreter_needed, contact_attempts, first_contact_at, sla_due_at, next_follow_up_at, last_activity_at,
       search_text, created_at, updated_at)
     SELECT gen_random_uuid(), reference, study_id, site_id, first_name, last_name, email, lower(email), phone, language,
       CASE WHEN r_other < 0.08 AND language <> 'en' THEN 'en' END, country, 'CITY', city || ', ' || country, true, '2025-01', created_at,
       ${weightedCase("r_source", SOURCES, '::"InquirySource"')}, CASE WHEN r_source >= 0.8 AND r_source < 0.92 THEN 'partner.example.org' END,
       status::"InquiryStatus", assignee_id, r_other < 0.05,
       CASE WHEN status = 'NEW' THEN 0 WHEN status IN ('ATTEMPTING_CONTACT', 'UNREACHABLE') THEN 1 + floor(r_contact * 4)::int ELSE 1 + floor(r_contact * 2)::int END,
       first_contact_at, created_at + interval '24 hours', next_follow_up_at, last_activity_at,
       concat_ws(' ', inquiry_person_search_text(first_name, last_name, email, phone, reference), lower(note)),
       created_at, last_activity_at
     FROM lg_batch`,
  );
  // Ids come back through the reference, which is unique.
  const notes = await client.query(
    `INSERT INTO activities (id, inquiry_id, type, visibility, author_id, body, created_at)
     SELECT gen_random_uuid(), i.id, 'NOTE', 'TEAM', b.assignee_id, b.note, b.note_at
     FROM lg_batch b JOIN inquiries i ON i.reference = b.reference WHERE b.note IS NOT NULL`,
  );
  await client.query("DROP TABLE lg_batch");
  return notes.rowCount ?? 0;
}
