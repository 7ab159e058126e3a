// Reads a stored routing decision's `candidates` (see docs/routing.md, "What is stored") into the
// shape the inquiry page shows. Stored JSON is read defensively: old rows may lack fields.
export type ExplainedCandidate = {
  siteId: string;
  name: string;
  distanceKm: number | null;
  languageMatch: boolean;
  eligible: boolean;
  overCapacity: boolean;
  rank: number | null;
  reason: string;
};

export function readCandidates(json: unknown): ExplainedCandidate[] {
  if (!Array.isArray(json)) return [];
  const out: ExplainedCandidate[] = [];
  for (const item of json) {
    if (!item || typeof item !== "object") continue;
    const c = item as Record<string, unknown>;
    if (typeof c.siteId !== "string") continue;
    out.push({
      siteId: c.siteId,
      name: typeof c.name === "string" ? c.name : "",
      distanceKm: typeof c.distanceKm === "number" ? c.distanceKm : null,
      languageMatch: c.languageMatch === true,
      eligible: c.eligible !== false,
      overCapacity: c.overCapacity === true,
      rank: typeof c.rank === "number" ? c.rank : null,
      reason: typeof c.reason === "string" ? c.reason : "",
    });
  }
  return out;
}

/** Whether a site speaks one of the family's languages (primary subtags, case-insensitive). */
export function speaksAny(siteLanguages: string[], patientLanguages: (string | null)[]): boolean {
  const primary = (code: string) => code.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  const wanted = new Set(patientLanguages.filter((l): l is string => Boolean(l)).map(primary));
  return siteLanguages.some((l) => wanted.has(primary(l)));
}
