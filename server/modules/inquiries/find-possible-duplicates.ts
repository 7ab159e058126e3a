// Other inquiries from the same person (same e-mail or phone), across studies. The caller gets the
// ones at sites they may see; of the others only how many there are, never which or where.
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../../db/prisma";
import type { SessionUser } from "../../trpc/context";
import { isAdmin } from "../sites/site-access";
import { findScopedInquiry } from "./inquiry-scope";

const SHOWN = 20;

type Row = {
  id: string | null;
  reference: string | null;
  created_at: Date | null;
  status: string | null;
  site_name: string | null;
  nct_id: string | null;
  study_title: string | null;
  email_match: boolean | null;
  phone_match: boolean | null;
  visible: boolean;
};

export async function findPossibleDuplicates(db: Db, user: SessionUser, input: { id: string }) {
  const me = await findScopedInquiry(db, user, input.id, { id: true, emailNormalized: true, phone: true });
  const email = me.emailNormalized.trim();
  const phone = me.phone.trim();
  if (!email && !phone) return { visible: [], moreVisible: 0, hiddenCount: 0 };
  const visible = isAdmin(user) ? Prisma.sql`TRUE` : Prisma.sql`COALESCE(i.site_id = ANY(${user.siteIds}::uuid[]), FALSE)`;
  // Rows the caller may not see come back with every detail nulled, in the same statement.
  const rows = await db.$queryRaw<Row[]>`
    WITH matches AS (
      SELECT i.id, i.reference, i.created_at, i.status, i.site_id, i.study_id, i.email_normalized, i.phone, ${visible} AS visible
      FROM inquiries i
      WHERE i.id <> ${me.id}::uuid AND i.anonymized_at IS NULL
        AND ((${email} <> '' AND i.email_normalized = ${email}) OR (${phone} <> '' AND i.phone = ${phone}))
    )
    SELECT
      CASE WHEN m.visible THEN m.id END AS id,
      CASE WHEN m.visible THEN m.reference END AS reference,
      CASE WHEN m.visible THEN m.created_at END AS created_at,
      CASE WHEN m.visible THEN m.status::text END AS status,
      CASE WHEN m.visible THEN s.name END AS site_name,
      CASE WHEN m.visible THEN st.nct_id END AS nct_id,
      CASE WHEN m.visible THEN st.title END AS study_title,
      CASE WHEN m.visible THEN m.email_normalized = ${email} END AS email_match,
      CASE WHEN m.visible THEN m.phone = ${phone} END AS phone_match,
      m.visible
    FROM matches m
    JOIN studies st ON st.id = m.study_id
    LEFT JOIN sites s ON s.id = m.site_id
    ORDER BY m.visible DESC, m.created_at DESC`;
  const shown = rows.filter((r) => r.visible && r.id);
  return {
    visible: shown.slice(0, SHOWN).map((r) => ({
      id: r.id!,
      reference: r.reference!,
      createdAt: r.created_at!,
      status: r.status!,
      siteName: r.site_name,
      study: { nctId: r.nct_id!, title: r.study_title! },
      matchedOn: [...(r.email_match ? ["email" as const] : []), ...(r.phone_match ? ["phone" as const] : [])],
    })),
    moreVisible: Math.max(0, shown.length - SHOWN),
    hiddenCount: rows.length - shown.length,
  };
}
