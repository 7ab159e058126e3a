// Shared by the template use cases: turning untrusted key/language strings into catalogue values.
import { AppError } from "../../lib/app-error";
import { EMAIL_LOCALES, isTemplateKey, type EmailLocale, type TemplateKey } from "../../emails/template-catalog";

export function templateRef(input: { key: string; locale: string }): { key: TemplateKey; locale: EmailLocale } {
  if (!isTemplateKey(input.key)) throw new AppError("NOT_FOUND", { userMessage: "There is no such template." });
  if (!(EMAIL_LOCALES as readonly string[]).includes(input.locale)) {
    throw new AppError("INVALID_INPUT", { userMessage: "Templates exist in English, Arabic, Spanish and French only.", fieldErrors: { locale: ["Unsupported language."] } });
  }
  return { key: input.key, locale: input.locale as EmailLocale };
}

export const versionSelect = {
  id: true,
  version: true,
  subject: true,
  html: true,
  text: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
} as const;
