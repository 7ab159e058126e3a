// A comparable description of a database's public schema: tables, columns, enums, constraints
// and indexes, with nothing that depends on the order things were created in.
import pg from "pg";

export async function describeSchema(url: string): Promise<Record<string, string[]>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const q = async (sql: string) => (await c.query(sql)).rows.map((r) => Object.values(r).join(" | ")).sort();
    return {
      columns: await q(`
        SELECT table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, ''),
               coalesce(character_maximum_length::text, '')
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`),
      enums: await q(`
        SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY t.typname`),
      constraints: await q(`
        SELECT rel.relname, con.conname, con.contype, pg_get_constraintdef(con.oid)
        FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
        JOIN pg_namespace n ON n.oid = rel.relnamespace
        WHERE n.nspname = 'public' AND rel.relname <> '_prisma_migrations'`),
      indexes: await q(`
        SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`),
    };
  } finally {
    await c.end();
  }
}
