// Gives every inquiry without a due time one (demo data, rows from before SLAs were computed):
// the SLA target in working hours of its site after it was received. Inquiries in the central
// queue (no site) have no working hours to count in and keep none. Safe to run again.
import type { Db } from "../../db/prisma";
import { getSettings } from "../settings/settings";
import { computeSlaDueAt } from "./sla-due-at";

const BATCH = 1000;

export async function backfillSlaDueAt(db: Db): Promise<number> {
  const target = (await getSettings(db)).slaWorkingHours * 60;
  let updated = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await db.$queryRaw<Array<{ id: string; createdAt: Date; timeZone: string; workingHours: unknown }>>`
      SELECT i.id, i.created_at AS "createdAt", s.time_zone AS "timeZone", s.working_hours AS "workingHours"
      FROM inquiries i JOIN sites s ON s.id = i.site_id
      WHERE i.sla_due_at IS NULL AND i.id > ${after}::uuid
      ORDER BY i.id
      LIMIT ${BATCH}`;
    if (rows.length === 0) return updated;
    const ids = rows.map((r) => r.id);
    const dues = rows.map((r) => computeSlaDueAt(r, r.createdAt, target).toISOString());
    updated += await db.$executeRaw`
      UPDATE inquiries i SET sla_due_at = v.due
      FROM unnest(${ids}::uuid[], ${dues}::timestamptz[]) AS v(id, due)
      WHERE i.id = v.id AND i.sla_due_at IS NULL`;
    after = ids[ids.length - 1]!;
    if (rows.length < BATCH) return updated;
  }
}
