// "Send this to a friend": a fixed, localised message with the study's title, summary and link.
// The visitor writes the friend's address and, if they like, their own first name (letters only,
// shared/schemas/share-study.ts): nothing else they type reaches the e-mail, so it cannot carry spam.
import { randomUUID } from "node:crypto";
import { shareStudyInputSchema } from "../../../shared/schemas/share-study";
import type { AppDeps } from "../../app-deps";
import { AppError } from "../../lib/app-error";
import { enqueueEmail } from "../../emails/enqueue-email";
import { emailLocaleOf } from "../../emails/template-catalog";
import { zodIssuesToFieldErrors } from "../inquiries/submit-inquiry";

/** Who the message says sent it when the visitor gave no name. */
const SOMEONE: Record<string, string> = { en: "Someone", ar: "أحد معارفك", es: "Alguien", fr: "Quelqu'un" };

const SUMMARY_CHARS = 300;

export async function sendStudyToFriend(deps: AppDeps, nctId: string, body: unknown, ip: string | null): Promise<void> {
  const parsed = shareStudyInputSchema.safeParse(body);
  if (!parsed.success) throw new AppError("INVALID_INPUT", { fieldErrors: zodIssuesToFieldErrors(parsed.error.issues) });
  const study = await deps.db.study.findFirst({ where: { nctId: nctId.toUpperCase(), published: true }, select: { nctId: true, title: true, briefSummary: true } });
  if (!study) throw new AppError("NOT_FOUND", { userMessage: "Study not found.", fieldErrors: { nctId: ["Study not found."] } });
  const summary = study.briefSummary.length > SUMMARY_CHARS ? `${study.briefSummary.slice(0, SUMMARY_CHARS).trimEnd()}…` : study.briefSummary;
  await deps.db.$transaction(async (tx) => {
    await enqueueEmail(tx, {
      eventKey: `share:${study.nctId}:${randomUUID()}`,
      templateKey: "share.send-to-friend",
      locale: parsed.data.language,
      to: { address: parsed.data.friendEmail },
      vars: {
        SENDER_NAME: parsed.data.senderFirstName || (SOMEONE[emailLocaleOf(parsed.data.language)] ?? SOMEONE.en!),
        STUDY_TITLE: study.title,
        STUDY_URL: `${deps.publicUrl}/studies/${study.nctId}`,
        STUDY_SUMMARY: summary,
      },
    });
    await tx.auditLog.create({ data: { actorType: "PUBLIC", action: "study.share", entityType: "study", entityId: study.nctId, ip } });
  });
}
