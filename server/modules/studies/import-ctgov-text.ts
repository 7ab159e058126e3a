// The admin's import of a ClinicalTrials.gov API v2 file uploaded as text. The whole file is
// checked before anything is written, so a bad file changes nothing.
import type { CtgovImportResult } from "../../../shared/schemas/studies";
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import { CtgovParseError, parseCtgovFile, type CtgovStudy } from "./ctgov-map";
import { importCtgovStudies } from "./import-ctgov-study";
import type { RequestMeta } from "./update-study";

const FOREIGN = "This file is not a ClinicalTrials.gov API v2 study record (expected one study or {\"studies\": [...]}). Nothing was imported.";

export function parseCtgovText(text: string): CtgovStudy[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", { userMessage: "This file is not valid JSON. Nothing was imported." });
  }
  let studies: CtgovStudy[];
  try {
    studies = parseCtgovFile(json);
  } catch (error) {
    if (error instanceof CtgovParseError) throw new AppError("INVALID_INPUT", { userMessage: FOREIGN });
    throw error;
  }
  if (studies.length === 0) throw new AppError("INVALID_INPUT", { userMessage: "The file holds no studies. Nothing was imported." });
  return studies;
}

export async function importCtgovText(db: Db, user: SessionUser, text: string, meta: RequestMeta = {}): Promise<CtgovImportResult> {
  const studies = parseCtgovText(text);
  const summary = await importCtgovStudies(db, studies);
  const nctIds = studies.map((s) => s.protocolSection.identificationModule.nctId);
  // The import's own rows are by the system, one per study; this one says which admin asked.
  if (summary.created + summary.updated > 0) await recordAudit(db, {
    actor: user,
    action: "study.import-file",
    entityType: "Study",
    ip: meta.ip,
    userAgent: meta.userAgent,
    metadata: { nctIds, ...summary },
  });
  return { nctIds, ...summary };
}
