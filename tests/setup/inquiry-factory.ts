// Inquiries written straight to the database (no intake, no e-mail), with unique values, for
// dashboard tests that need rows in a given state.
import { randomUUID } from "node:crypto";
import type { AppDeps } from "../../server/app-deps";

export type InquirySpec = {
  studyId: string;
  siteId: string | null;
  status?: "NEW" | "ATTEMPTING_CONTACT" | "CONTACTED" | "PRE_SCREENING" | "ELIGIBLE" | "SCHEDULED" | "UNREACHABLE" | "DECLINED";
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  language?: string;
  otherLanguage?: string | null;
  assigneeId?: string | null;
  createdAt?: Date;
};

export async function makeInquiry(deps: AppDeps, spec: InquirySpec) {
  const tag = randomUUID().slice(0, 8);
  const email = spec.email ?? `parent-${tag}@family.example.org`;
  return deps.db.inquiry.create({
    data: {
      reference: `T-${tag.toUpperCase()}`,
      studyId: spec.studyId,
      siteId: spec.siteId,
      firstName: spec.firstName ?? `Amira${tag}`,
      lastName: spec.lastName ?? "Tester",
      email,
      emailNormalized: email.toLowerCase(),
      phone: spec.phone ?? `+2010${String(parseInt(tag, 16) % 100_000_000).padStart(8, "0")}`,
      language: spec.language ?? "ar",
      otherLanguage: spec.otherLanguage ?? null,
      consent: true,
      consentTextVersion: "test",
      consentedAt: spec.createdAt ?? new Date(),
      status: spec.status ?? "NEW",
      assigneeId: spec.assigneeId ?? null,
      createdAt: spec.createdAt ?? new Date(),
      lastActivityAt: spec.createdAt ?? new Date(),
    },
  });
}
