// Every admin change to a partner: create, replace its allowed origins, deactivate, rotate its
// key. Each writes the change and its audit row (ids, counts and field names only) in one
// transaction; the public side sees the change at once in this process (partnersChanged).
import type { CreatePartnerInput, PartnerView, UpdatePartnerOriginsInput } from "../../../shared/schemas/partners";
import type { Db, Tx } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import { partnersChanged } from "./find-partner";
import { getPartnerView } from "./list-partners";
import { newPartnerKey } from "./partner-key";

export type RequestMeta = { ip?: string | null; userAgent?: string | null };

async function change(db: Db, user: SessionUser, meta: RequestMeta, action: string, id: string | null, write: (tx: Tx) => Promise<{ id: string; metadata: Record<string, unknown> } | null>): Promise<PartnerView> {
  const view = await db.$transaction(async (tx) => {
    if (id) {
      // Locks the row: two admins changing one partner at once each see the other's change.
      const found = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM partners WHERE id = ${id}::uuid FOR UPDATE`;
      if (found.length === 0) throw new AppError("NOT_FOUND", { userMessage: "Partner not found." });
    }
    const done = await write(tx);
    if (done) await recordAudit(tx, { actor: user, action, entityType: "Partner", entityId: done.id, ip: meta.ip, userAgent: meta.userAgent, metadata: done.metadata });
    return getPartnerView(tx, done?.id ?? id!);
  });
  partnersChanged();
  return view;
}

export function createPartner(db: Db, user: SessionUser, input: CreatePartnerInput, meta: RequestMeta = {}) {
  return change(db, user, meta, "partner.create", null, async (tx) => {
    const row = await tx.partner.create({ data: { name: input.name, publicKey: newPartnerKey(), allowedOrigins: input.allowedOrigins }, select: { id: true } });
    return { id: row.id, metadata: { origins: input.allowedOrigins.length } };
  });
}

export function updatePartnerOrigins(db: Db, user: SessionUser, input: UpdatePartnerOriginsInput, meta: RequestMeta = {}) {
  return change(db, user, meta, "partner.update-origins", input.id, async (tx) => {
    await tx.partner.update({ where: { id: input.id }, data: { allowedOrigins: input.allowedOrigins } });
    return { id: input.id, metadata: { fields: ["allowedOrigins"], origins: input.allowedOrigins.length } };
  });
}

export function deactivatePartner(db: Db, user: SessionUser, id: string, meta: RequestMeta = {}) {
  return change(db, user, meta, "partner.deactivate", id, async (tx) => {
    const { count } = await tx.partner.updateMany({ where: { id, active: true }, data: { active: false } });
    // Already inactive: nothing changed, nothing to audit.
    return count === 0 ? null : { id, metadata: { fields: ["active"] } };
  });
}

export function rotatePartnerKey(db: Db, user: SessionUser, id: string, meta: RequestMeta = {}) {
  return change(db, user, meta, "partner.rotate-key", id, async (tx) => {
    await tx.partner.update({ where: { id }, data: { publicKey: newPartnerKey() } });
    return { id, metadata: { fields: ["publicKey"] } };
  });
}
