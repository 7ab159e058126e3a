// Pure mapping of ClinicalTrials.gov API v2 study records to our Study / Site data (no database).
// parseCtgovFile accepts a single study (GET /api/v2/studies/{nctId}) or a search page
// ({"studies": [...]}). Validation is lenient: only nctId and a title (brief or official) are
// required; any other field with an unexpected type is dropped instead of failing the record.
import { z } from "zod";
import type { Sex, StudyStatus } from "../../generated/prisma/enums";
import { countryToIso2 } from "./country-codes";
import { splitEligibilityCriteria } from "./eligibility-criteria";
import { normalizeKeyPart } from "./normalize-key";

// Kept for callers that imported the splitter from here before it had a file of its own.
export { splitEligibilityCriteria };

const opt = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const str = opt(z.string());

/** An array whose invalid elements are skipped rather than failing the whole record. */
function lenientList<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .transform((items) =>
      items.flatMap((raw) => {
        const r = item.safeParse(raw);
        return r.success ? [r.data as z.output<T>] : [];
      }),
    )
    .optional()
    .catch(undefined);
}
const strList = lenientList(z.string());
const dateStruct = opt(z.object({ date: str }));
const contactSchema = z.object({ name: str, role: str, phone: str, phoneExt: str, email: str });
const locationSchema = z.object({
  facility: str,
  status: str,
  city: str,
  state: str,
  zip: str,
  country: str,
  contacts: lenientList(contactSchema),
  geoPoint: opt(z.object({ lat: z.number(), lon: z.number() })),
});

export const ctgovStudySchema = z.object({
  protocolSection: z.object({
    identificationModule: z
      .object({
        nctId: z
          .string()
          .trim()
          .regex(/^NCT\d{8}$/i, "nctId must look like NCT01234567")
          .transform((s) => s.toUpperCase()),
        briefTitle: str,
        officialTitle: str,
        acronym: str,
      })
      .refine((m) => Boolean(m.briefTitle?.trim() || m.officialTitle?.trim()), {
        message: "briefTitle or officialTitle is required",
        path: ["briefTitle"],
      }),
    statusModule: opt(
      z.object({
        overallStatus: str,
        startDateStruct: dateStruct,
        primaryCompletionDateStruct: dateStruct,
        lastUpdatePostDateStruct: dateStruct,
      }),
    ),
    sponsorCollaboratorsModule: opt(
      z.object({ leadSponsor: opt(z.object({ name: str })), collaborators: lenientList(z.object({ name: z.string() })) }),
    ),
    descriptionModule: opt(z.object({ briefSummary: str, detailedDescription: str })),
    conditionsModule: opt(z.object({ conditions: strList, keywords: strList })),
    designModule: opt(
      z.object({ studyType: str, phases: strList, enrollmentInfo: opt(z.object({ count: opt(z.number().int()) })) }),
    ),
    armsInterventionsModule: opt(z.object({ interventions: lenientList(z.object({ type: str, name: z.string() })) })),
    eligibilityModule: opt(
      z.object({
        eligibilityCriteria: str,
        healthyVolunteers: opt(z.boolean()),
        sex: str,
        minimumAge: str,
        maximumAge: str,
        stdAges: strList,
      }),
    ),
    contactsLocationsModule: opt(
      z.object({ centralContacts: lenientList(contactSchema), locations: lenientList(locationSchema) }),
    ),
  }),
  derivedSection: opt(z.object({ miscInfoModule: opt(z.object({ versionHolder: str })) })),
});

export type CtgovStudy = z.output<typeof ctgovStudySchema>;

export class CtgovParseError extends Error {
  override name = "CtgovParseError";
  constructor(
    message: string,
    readonly issues: Array<{ index: number; path: string; message: string }>,
  ) {
    super(message);
  }
}

/** Parses a single study object, a `{"studies":[...]}` search page, or an array of studies. */
export function parseCtgovFile(json: unknown): CtgovStudy[] {
  const raw: unknown[] = Array.isArray(json)
    ? json
    : json && typeof json === "object" && Array.isArray((json as { studies?: unknown }).studies)
      ? (json as { studies: unknown[] }).studies
      : [json];
  const issues: CtgovParseError["issues"] = [];
  const studies: CtgovStudy[] = [];
  raw.forEach((item, index) => {
    const r = ctgovStudySchema.safeParse(item);
    if (r.success) studies.push(r.data);
    else for (const i of r.error.issues) issues.push({ index, path: i.path.join("."), message: i.message });
  });
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new CtgovParseError(`Invalid ClinicalTrials.gov record #${first.index}: ${first.path} ${first.message}`, issues);
  }
  return studies;
}

// ---------------------------------------------------------------------------------------------
// Field helpers
// ---------------------------------------------------------------------------------------------

const STATUS_MAP: Record<string, StudyStatus> = {
  NOT_YET_RECRUITING: "NOT_YET_RECRUITING",
  RECRUITING: "RECRUITING",
  ENROLLING_BY_INVITATION: "ENROLLING_BY_INVITATION",
  ACTIVE_NOT_RECRUITING: "ACTIVE_NOT_RECRUITING",
  SUSPENDED: "SUSPENDED",
  TERMINATED: "TERMINATED",
  COMPLETED: "COMPLETED",
  WITHDRAWN: "WITHDRAWN",
  UNKNOWN: "UNKNOWN",
  // Expanded-access statuses.
  AVAILABLE: "RECRUITING",
  TEMPORARILY_NOT_AVAILABLE: "SUSPENDED",
  NO_LONGER_AVAILABLE: "COMPLETED",
  APPROVED_FOR_MARKETING: "COMPLETED",
  WITHHELD: "UNKNOWN",
};

/** ClinicalTrials.gov status (v2 enum, or v1 text like "Active, not recruiting") to ours. */
export function mapCtgovStatus(value: string | undefined | null): StudyStatus | null {
  if (!value) return null;
  const key = value.trim().toUpperCase().replace(/[^A-Z]+/g, "_").replace(/^_|_$/g, "");
  return STATUS_MAP[key] ?? "UNKNOWN";
}

const DAYS_PER_MONTH = 30.4375;
/** "1 Year" -> 12, "6 Months" -> 6, "2 Weeks" -> 0, "N/A" or unparseable -> null. */
export function parseAgeToMonths(value: string | undefined | null): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(year|month|week|day|hour|minute)s?\s*$/i.exec(value ?? "");
  if (!m) return null;
  const n = Number(m[1]);
  switch (m[2]!.toLowerCase()) {
    case "year":
      return Math.floor(n * 12);
    case "month":
      return Math.floor(n);
    case "week":
      return Math.floor((n * 7) / DAYS_PER_MONTH);
    case "day":
      return Math.floor(n / DAYS_PER_MONTH);
    default:
      return 0;
  }
}

/** "2018-01-04", "2013-01" or "2013" to a UTC date (first day of the month or year). */
export function parseCtgovDate(value: string | undefined | null): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value?.trim() ?? "");
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)));
  return Number.isNaN(d.getTime()) ? null : d;
}

function mapSex(value: string | undefined): Sex {
  const v = value?.trim().toUpperCase();
  return v === "FEMALE" || v === "MALE" ? v : "ALL";
}

/** "facility|city|country", each part normalised: how a ClinicalTrials.gov location finds its Site. */
export function locationMatchKey(facility: string | null, city: string | null, countryCode: string | null): string {
  return [facility, city, countryCode].map(normalizeKeyPart).join("|");
}

// ---------------------------------------------------------------------------------------------
// Study and locations
// ---------------------------------------------------------------------------------------------

export type CtgovContact = { name: string | null; role: string | null; phone: string | null; email: string | null; phoneExt?: string };
export type CtgovIntervention = { type: string | null; name: string };

/** Fields for prisma.study.create / update (the caller adds source, importedAt, published...). */
export type CtgovStudyData = {
  nctId: string;
  title: string;
  officialTitle: string | null;
  acronym: string | null;
  overallStatus: StudyStatus;
  phases: string[];
  studyType: string | null;
  minimumAge: string | null;
  maximumAge: string | null;
  minAgeMonths: number | null;
  maxAgeMonths: number | null;
  sex: Sex;
  healthyVolunteers: boolean | null;
  briefSummary: string;
  detailedDescription: string;
  eligibilityCriteria: string;
  inclusionCriteria: string[];
  exclusionCriteria: string[];
  conditions: string[];
  keywords: string[];
  interventions: CtgovIntervention[];
  sponsor: string | null;
  collaborators: string[];
  enrollmentTarget: number | null;
  startDate: Date | null;
  primaryCompletionDate: Date | null;
  lastUpdatePostedAt: Date | null;
  centralContacts: CtgovContact[];
  sourceVersion: string | null;
};

export type CtgovLocation = {
  facility: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  country: string | null;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  status: StudyStatus | null;
  contacts: CtgovContact[];
  matchKey: string;
};

export type MappedCtgovStudy = { study: CtgovStudyData; locations: CtgovLocation[] };

const clean = (s: string | undefined | null): string | null => {
  const t = s?.trim();
  return t ? t : null;
};

function mapContact(c: z.output<typeof contactSchema>): CtgovContact {
  const out: CtgovContact = { name: clean(c.name), role: clean(c.role), phone: clean(c.phone), email: clean(c.email) };
  const ext = clean(c.phoneExt);
  if (ext) out.phoneExt = ext;
  return out;
}

export function mapCtgovStudy(record: CtgovStudy): MappedCtgovStudy {
  const p = record.protocolSection;
  const id = p.identificationModule;
  const status = p.statusModule;
  const elig = p.eligibilityModule;
  const criteriaText = elig?.eligibilityCriteria?.trim() ?? "";
  const { inclusion, exclusion } = splitEligibilityCriteria(criteriaText);
  const minimumAge = clean(elig?.minimumAge);
  const maximumAge = clean(elig?.maximumAge);
  const study: CtgovStudyData = {
    nctId: id.nctId,
    title: clean(id.briefTitle) ?? clean(id.officialTitle)!,
    officialTitle: clean(id.officialTitle),
    acronym: clean(id.acronym),
    overallStatus: mapCtgovStatus(status?.overallStatus) ?? "UNKNOWN",
    phases: p.designModule?.phases ?? [],
    studyType: clean(p.designModule?.studyType),
    minimumAge,
    maximumAge,
    minAgeMonths: parseAgeToMonths(minimumAge),
    maxAgeMonths: parseAgeToMonths(maximumAge),
    sex: mapSex(elig?.sex),
    healthyVolunteers: elig?.healthyVolunteers ?? null,
    briefSummary: p.descriptionModule?.briefSummary?.trim() ?? "",
    detailedDescription: p.descriptionModule?.detailedDescription?.trim() ?? "",
    eligibilityCriteria: criteriaText,
    inclusionCriteria: inclusion,
    exclusionCriteria: exclusion,
    conditions: p.conditionsModule?.conditions ?? [],
    keywords: p.conditionsModule?.keywords ?? [],
    interventions: (p.armsInterventionsModule?.interventions ?? []).map((i) => ({ type: clean(i.type), name: i.name.trim() })),
    sponsor: clean(p.sponsorCollaboratorsModule?.leadSponsor?.name),
    collaborators: (p.sponsorCollaboratorsModule?.collaborators ?? []).map((c) => c.name.trim()).filter(Boolean),
    enrollmentTarget: p.designModule?.enrollmentInfo?.count ?? null,
    startDate: parseCtgovDate(status?.startDateStruct?.date),
    primaryCompletionDate: parseCtgovDate(status?.primaryCompletionDateStruct?.date),
    lastUpdatePostedAt: parseCtgovDate(status?.lastUpdatePostDateStruct?.date),
    centralContacts: (p.contactsLocationsModule?.centralContacts ?? []).map(mapContact),
    sourceVersion: clean(record.derivedSection?.miscInfoModule?.versionHolder),
  };
  const locations = (p.contactsLocationsModule?.locations ?? []).map((l): CtgovLocation => {
    const facility = clean(l.facility);
    const city = clean(l.city);
    const country = clean(l.country);
    const countryCode = countryToIso2(country);
    return {
      facility,
      city,
      state: clean(l.state),
      zip: clean(l.zip),
      country,
      countryCode,
      lat: l.geoPoint?.lat ?? null,
      lon: l.geoPoint?.lon ?? null,
      status: mapCtgovStatus(l.status),
      contacts: (l.contacts ?? []).map(mapContact),
      matchKey: locationMatchKey(facility, city, countryCode ?? country),
    };
  });
  return { study, locations };
}
