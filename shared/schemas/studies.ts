// Study administration: the list, one study with its sites, its editable fields and the import
// of ClinicalTrials.gov API v2 files.
import { z } from "zod";

export const STUDY_STATUSES = [
  "NOT_YET_RECRUITING",
  "RECRUITING",
  "ENROLLING_BY_INVITATION",
  "ACTIVE_NOT_RECRUITING",
  "SUSPENDED",
  "TERMINATED",
  "COMPLETED",
  "WITHDRAWN",
  "UNKNOWN",
] as const;
export type StudyStatusValue = (typeof STUDY_STATUSES)[number];
export const studyStatusSchema = z.enum(STUDY_STATUSES);

/** A ClinicalTrials.gov file read in the browser; large search pages stay under this. */
export const MAX_CTGOV_IMPORT_CHARS = 5_000_000;

export const adminStudyListSchema = z.object({
  search: z.string().trim().max(200, { error: "Must be at most 200 characters." }).optional(),
});

export const studyIdSchema = z.object({ id: z.uuid() });

const required = (max: number) => z.string().trim().min(1, { error: "Required." }).max(max, { error: `Must be at most ${max} characters.` });

export const studyFaqSchema = z.object({ question: required(300), answer: required(4000) });

export const updateStudySchema = z.object({
  id: z.uuid(),
  title: required(500),
  acronym: z.string().trim().max(50, { error: "Must be at most 50 characters." }).transform((v) => v || null),
  overallStatus: studyStatusSchema,
  published: z.boolean(),
  briefSummary: z.string().trim().max(20_000, { error: "Must be at most 20000 characters." }),
  centralQueueEmail: z
    .string()
    .trim()
    .max(254)
    .transform((v) => v || null)
    .pipe(z.email({ error: "Must be an e-mail address." }).nullable()),
  faqs: z.array(studyFaqSchema).max(30, { error: "At most 30 questions." }),
  sites: z
    .array(z.object({ siteId: z.uuid(), recruitmentStatus: studyStatusSchema, acceptingInquiries: z.boolean() }))
    .max(2000),
});
export type UpdateStudyInput = z.infer<typeof updateStudySchema>;

export const importCtgovSchema = z.object({
  json: z
    .string()
    .min(1, { error: "The file is empty." })
    .max(MAX_CTGOV_IMPORT_CHARS, { error: "The file is larger than 5 MB." }),
});

export type AdminStudyRow = {
  id: string;
  nctId: string;
  title: string;
  acronym: string | null;
  overallStatus: StudyStatusValue;
  published: boolean;
  sites: number;
  inquiries30d: number;
  updatedAt: Date;
};

export type CtgovImportResult = {
  nctIds: string[];
  created: number;
  updated: number;
  unchanged: number;
  sitesCreated: number;
  sitesMatched: number;
  links: number;
  locationsSkipped: number;
};
