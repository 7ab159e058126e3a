import type { Tx } from "../../db/prisma";
import { AppError } from "../../lib/app-error";

/** Every id names an existing site, else the form shows the problem on the sites field. */
export async function checkSiteIds(tx: Tx, siteIds: string[], field: string): Promise<void> {
  if (siteIds.length === 0) return;
  const found = await tx.site.count({ where: { id: { in: siteIds } } });
  if (found !== new Set(siteIds).size) {
    throw new AppError("INVALID_INPUT", { fieldErrors: { [field]: ["A chosen site no longer exists. Reload and try again."] } });
  }
}
