// Admins' list of partner websites, newest first, with how many inquiries each has sent.
import type { PartnerView } from "../../../shared/schemas/partners";
import type { Db, Tx } from "../../db/prisma";

const select = { id: true, name: true, publicKey: true, allowedOrigins: true, active: true, createdAt: true, _count: { select: { inquiries: true } } } as const;

type Row = { id: string; name: string; publicKey: string; allowedOrigins: string[]; active: boolean; createdAt: Date; _count: { inquiries: number } };

export function toPartnerView({ _count, ...row }: Row): PartnerView {
  return { ...row, inquiries: _count.inquiries };
}

export async function listPartners(db: Db): Promise<PartnerView[]> {
  const rows = await db.partner.findMany({ select, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  return rows.map(toPartnerView);
}

export async function getPartnerView(tx: Db | Tx, id: string): Promise<PartnerView> {
  return toPartnerView(await tx.partner.findUniqueOrThrow({ where: { id }, select }));
}
