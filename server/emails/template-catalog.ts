// Every e-mail the product sends, and the variables each may use. This is the contract between
// the code that enqueues a message (it must pass every declared variable) and the admins who edit
// templates (they may use only declared variables; required ones must appear in both parts).
// A template can only ever show what is declared here: the new-inquiry alert to a site declares
// no patient name, e-mail or phone, so no edit can put them in that message.

export const EMAIL_LOCALES = ["en", "ar", "es", "fr"] as const;
export type EmailLocale = (typeof EMAIL_LOCALES)[number];
export const FALLBACK_LOCALE: EmailLocale = "en";

export const TEMPLATE_KEYS = [
  "inquiry.patient-confirmation",
  "inquiry.site-alert",
  "followup.tried-to-reach",
  "followup.prescreen-booked",
  "followup.not-eligible",
  "sla.reminder",
  "sla.follow-up-reminder",
  "account.invitation",
  "account.password-reset",
  "subscription.confirm",
  "alerts.trial",
  "alerts.digest",
  "share.send-to-friend",
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export type EmailKind = "TRANSACTIONAL" | "ALERT";

export type VariableFormat =
  /** Plain text, HTML-escaped in the HTML part. */
  | "text"
  /** An http(s) address, checked at enqueue so a template link can never be `javascript:`. */
  | "url"
  /** One item per line; a bulleted list in the HTML part, with its http(s) addresses as links. */
  | "lines";

export type TemplateVariable = {
  /** Required variables must appear in the HTML part and in the text part, and be non-empty. */
  required: boolean;
  /** Whether the subject line may show it. Anything about a person's health or identity may not. */
  inSubject: boolean;
  format: VariableFormat;
  description: string;
  /** Preview data; per language where the value is language-dependent. */
  sample: { en: string } & Partial<Record<EmailLocale, string>>;
};

export type TemplateDefinition = {
  key: TemplateKey;
  kind: EmailKind;
  /** `Auto-Submitted: auto-generated` unless a person (coordinator, visitor) sent it. */
  autoSubmitted: boolean;
  audience: "patient" | "site" | "staff" | "subscriber" | "recipient";
  description: string;
  variables: Record<string, TemplateVariable>;
};

/** Names the product fills in itself; callers never pass them. */
export const AUTOMATIC_VARIABLES = ["APP_NAME", "UNSUBSCRIBE_URL"] as const;
export const APP_NAME = "TrialConnect";

const v = (
  required: boolean,
  format: VariableFormat,
  description: string,
  sample: TemplateVariable["sample"],
  inSubject = false,
): TemplateVariable => ({ required, inSubject, format, description, sample });

const COMMON = {
  APP_NAME: v(false, "text", "Name of the product (filled in automatically)", { en: APP_NAME }, true),
  FIRST_NAME: v(true, "text", "First name of the person the message is for", { en: "Layla", ar: "ليلى", es: "Lucía", fr: "Léa" }),
  STUDY_TITLE: v(true, "text", "Public title of the study", { en: "Management of Children With Persistent ITP, A Novel Approach" }),
  STUDY_URL: v(true, "url", "Link to the study's public page", { en: "https://trials.example.org/studies/NCT07068126" }),
  STUDY_SUMMARY: v(false, "text", "Plain-language summary of the study (may be empty)", {
    en: "This study looks at whether a locally made immunoglobulin can raise platelet counts in children with persistent ITP.",
  }),
  SITE_NAME: v(true, "text", "Name of the study site (research team)", {
    en: "Assiut University Children's Hospital",
    ar: "مستشفى أسيوط الجامعي للأطفال",
    es: "Hospital Infantil de la Universidad de Asiut",
    fr: "Hôpital pédiatrique de l'Université d'Assiout",
  }),
  SITE_CONTACT: v(true, "text", "How families reach the site: phone and/or e-mail", { en: "+20 88 241 3000 · itp-study@assiut.example.org" }),
  COORDINATOR_NAME: v(false, "text", "Name of the coordinator writing (may be empty)", { en: "Dr. Mona Hassan", ar: "د. منى حسن" }),
  REFERENCE: v(false, "text", "Short inquiry reference (no health information)", { en: "K7P-3QX9" }, true),
  RECIPIENT_NAME: v(true, "text", "Name of the staff member the message is for", { en: "Omar Farouk", ar: "عمر فاروق" }),
  EXPIRES_AT: v(true, "text", "When the link stops working", { en: "29 Nov 2026, 14:00 UTC" }),
  UNSUBSCRIBE_URL: v(false, "url", "One-click unsubscribe link (filled in automatically)", { en: "https://trials.example.org/unsubscribe/sample-token" }),
} satisfies Record<string, TemplateVariable>;

const definitions: TemplateDefinition[] = [
  {
    key: "inquiry.patient-confirmation",
    kind: "TRANSACTIONAL",
    autoSubmitted: true,
    audience: "patient",
    description: "Copy sent to the patient or parent after the get-in-touch form, in their language.",
    variables: {
      APP_NAME: COMMON.APP_NAME,
      FIRST_NAME: COMMON.FIRST_NAME,
      STUDY_TITLE: COMMON.STUDY_TITLE,
      STUDY_URL: COMMON.STUDY_URL,
      SITE_NAME: COMMON.SITE_NAME,
      REFERENCE: { ...COMMON.REFERENCE, required: true },
      NOTIFY_URL: v(true, "url", "Sign-up page for alerts about other trials", { en: "https://trials.example.org/notify" }),
    },
  },
  {
    key: "inquiry.site-alert",
    kind: "TRANSACTIONAL",
    autoSubmitted: true,
    audience: "site",
    description: "New-inquiry alert to the site. Carries no health information about the patient: the details are behind the dashboard link.",
    variables: {
      APP_NAME: COMMON.APP_NAME,
      SITE_NAME: COMMON.SITE_NAME,
      STUDY_TITLE: COMMON.STUDY_TITLE,
      NCT_ID: v(true, "text", "ClinicalTrials.gov identifier", { en: "NCT07068126" }, true),
      PREFERRED_LANGUAGE: v(true, "text", "Language the family prefers", { en: "Arabic", ar: "العربية", es: "Árabe", fr: "Arabe" }),
      RECEIVED_AT: v(true, "text", "When the inquiry arrived, in the site's time zone", { en: "22 Nov 2026, 14:05 (Africa/Cairo)" }),
      INQUIRY_URL: v(true, "url", "Link to the inquiry in the dashboard", { en: "https://trials.example.org/dashboard/inquiries/0b8a3c7e" }),
      REFERENCE: COMMON.REFERENCE,
    },
  },
  {
    key: "followup.tried-to-reach",
    kind: "TRANSACTIONAL",
    autoSubmitted: false,
    audience: "patient",
    description: "Sent by a coordinator after trying to reach the family by phone.",
    variables: {
      APP_NAME: COMMON.APP_NAME,
      FIRST_NAME: COMMON.FIRST_NAME,
      STUDY_TITLE: COMMON.STUDY_TITLE,
      SITE_NAME: COMMON.SITE_NAME,
      SITE_CONTACT: COMMON.SITE_CONTACT,
      COORDINATOR_NAME: COMMON.COORDINATOR_NAME,
    },
  },
  {
    key: "followup.prescreen-booked",
    kind: "TRANSACTIONAL",
    autoSubmitted: false,
    audience: "patient",
    description: "Confirms a pre-screening appointment booked by a coordinator.",
    variables: {
      APP_NAME: COMMON.APP_NAME,
      FIRST_NAME: COMMON.FIRST_NAME,
      STUDY_TITLE: COMMON.STUDY_TITLE,
      SITE_NAME: COMMON.SITE_NAME,
      APPOINTMENT_TIME: v(true, "text", "Date and time of the appointment, in the site's time zone", { en: "Tuesday 1 December 2026, 10:30", ar: "الثلاثاء ١ ديسمبر ٢٠٢٦، ١٠:٣٠" }),
      APPOINTMENT_PLACE: v(true, "text", "Where to go", { en: "Paediatric haematology clinic, 2nd floor", ar: "عيادة أمراض الدم للأطفال، الطابق الثاني" }),
      SITE_CONTACT: COMMON.SITE_CONTACT,
      COORDINATOR_NAME: COMMON.COORDINATOR_NAME,
    },
  },
  {
    key: "followup.not-eligible",
    kind: "TRANSACTIONAL",
    autoSubmitted: false,
    audience: "patient",
    description: "Tells the family, kindly, that the study is not a fit, and where to find others.",
    variables: {
      APP_NAME: COMMON.APP_NAME,
      FIRST_NAME: COMMON.FIRST_NAME,
      STUDY_TITLE: COMMON.STUDY_TITLE,
      SITE_NAME: COMMON.SITE_NAME,
      STUDIES_URL: v(true, "url", "Link to the study finder", { en: "https://trials.example.org/studies" }),
      COORDINATOR_NAME: COMMON.COORDINATOR_NAME,
    },
  },
  {
    key: "sla.reminder",
    kind: "TRANSACTIONAL",
    autoSubmitted: true,
    audience: "staff",
    description: "Reminds a site's coordinators, before it is due, of an inquiry still waiting for a first contact. Reference, study and links only: the details are behind the dashboard link.",
    variables: {
      APP_NAME: COMMON.APP_NAME,
      RECIPIENT_NAME: COMMON.RECIPIENT_NAME,
      SITE_NAME: COMMON.SITE_NAME,
      REFERENCE: { ...COMMON.REFERENCE, required: true },
      STUDY_TITLE: COMMON.STUDY_TITLE,
      DUE_AT: v(true, "text", "When first contact is due, in the site's time zone", { en: "23 Nov 2026, 11:00 (Africa/Cairo)" }),
      INQUIRY_URL: v(true, "url", "Link to the inquiry in the dashboard", { en: "https://trials.example.org/dashboard/inquiries/0b8a3c7e" }),
      OVERDUE_COUNT: v(true, "text", "Number of the site's inquiries already past their first-contact time", { en: "3" }, true),
      INBOX_URL: v(true, "url", "Link to the site's inbox", { en: "https://trials.example.org/dashboard" }),
    },
  },
  {
    key: "sla.follow-up-reminder",
    kind: "TRANSACTIONAL",
    autoSubmitted: true,
    audience: "staff",
    description: "Tells the assignee (or, when nobody is assigned, the site's coordinators) that a planned follow-up is due. Reference, study and link only.",
    variables: {
      APP_NAME: COMMON.APP_NAME,
      RECIPIENT_NAME: COMMON.RECIPIENT_NAME,
      SITE_NAME: COMMON.SITE_NAME,
      REFERENCE: { ...COMMON.REFERENCE, required: true },
      STUDY_TITLE: COMMON.STUDY_TITLE,
      FOLLOW_UP_AT: v(true, "text", "When the follow-up was planned, in the site's time zone", { en: "24 Nov 2026, 10:00 (Africa/Cairo)" }),
      INQUIRY_URL: v(true, "url", "Link to the inquiry in the dashboard", { en: "https://trials.example.org/dashboard/inquiries/0b8a3c7e" }),
    },
  },
  {
    key: "account.invitation",
    kind: "TRANSACTIONAL",
    autoSubmitted: true,
    audience: "staff",
    description: "Invitation to create an account.",
    variables: {
      APP_NAME: COMMON.APP_NAME,
      INVITER_NAME: v(true, "text", "Name of the administrator who invited", { en: "Sara Nabil", ar: "سارة نبيل" }, true),
      ROLE_NAME: v(true, "text", "Role given (already translated)", { en: "Site coordinator", ar: "منسق الموقع", es: "Coordinador del centro", fr: "Coordinateur du centre" }),
      ACCEPT_URL: v(true, "url", "Link to accept the invitation", { en: "https://trials.example.org/invitations/sample-token" }),
      EXPIRES_AT: COMMON.EXPIRES_AT,
    },
  },
  {
    key: "account.password-reset",
    kind: "TRANSACTIONAL",
    autoSubmitted: true,
    audience: "staff",
    description: "Password reset link.",
    variables: {
      APP_NAME: COMMON.APP_NAME,
      RECIPIENT_NAME: COMMON.RECIPIENT_NAME,
      RESET_URL: v(true, "url", "Link to choose a new password", { en: "https://trials.example.org/reset-password/sample-token" }),
      EXPIRES_AT: COMMON.EXPIRES_AT,
    },
  },
  {
    key: "subscription.confirm",
    kind: "TRANSACTIONAL",
    autoSubmitted: true,
    audience: "subscriber",
    description: "Double opt-in: asks a new subscriber to confirm alerts about new trials.",
    variables: {
      APP_NAME: COMMON.APP_NAME,
      CONFIRM_URL: v(true, "url", "Link that confirms the subscription", { en: "https://trials.example.org/notify/confirm/sample-token" }),
      CONDITIONS: v(true, "text", "Conditions the person asked about", { en: "Immune thrombocytopenia" }),
    },
  },
  {
    key: "alerts.trial",
    kind: "ALERT",
    autoSubmitted: true,
    audience: "subscriber",
    description: "Alert about one new study matching a subscription. Carries one-click unsubscribe.",
    variables: {
      APP_NAME: COMMON.APP_NAME,
      STUDY_TITLE: COMMON.STUDY_TITLE,
      STUDY_URL: COMMON.STUDY_URL,
      STUDY_SUMMARY: COMMON.STUDY_SUMMARY,
      UNSUBSCRIBE_URL: COMMON.UNSUBSCRIBE_URL,
    },
  },
  {
    key: "alerts.digest",
    kind: "ALERT",
    autoSubmitted: true,
    audience: "subscriber",
    description: "Weekly digest of new studies matching a subscription. Carries one-click unsubscribe.",
    variables: {
      APP_NAME: COMMON.APP_NAME,
      STUDY_COUNT: v(true, "text", "Number of new studies", { en: "2" }, true),
      STUDY_LIST: v(true, "lines", "One study per line: its title, then its link", {
        en: "Management of Children With Persistent ITP — https://trials.example.org/studies/NCT07068126\nSubcutaneous immunoglobulin at home — https://trials.example.org/studies/NCT90000002",
      }),
      UNSUBSCRIBE_URL: COMMON.UNSUBSCRIBE_URL,
    },
  },
  {
    key: "share.send-to-friend",
    kind: "TRANSACTIONAL",
    autoSubmitted: false,
    audience: "recipient",
    description: "A visitor sends a study to someone. Fixed text; the sender's first name (letters only) is the one thing they write, so it cannot carry a link or a message.",
    variables: {
      APP_NAME: COMMON.APP_NAME,
      SENDER_NAME: v(false, "text", "The sender's first name, or a word like \"Someone\" in the message's language when they gave none", {
        en: "Amira",
        ar: "أميرة",
        es: "Amira",
        fr: "Amira",
      }),
      STUDY_TITLE: COMMON.STUDY_TITLE,
      STUDY_URL: COMMON.STUDY_URL,
      STUDY_SUMMARY: COMMON.STUDY_SUMMARY,
    },
  },
];

export const TEMPLATE_CATALOG: Readonly<Record<TemplateKey, TemplateDefinition>> = Object.freeze(
  Object.fromEntries(definitions.map((d) => [d.key, d])) as Record<TemplateKey, TemplateDefinition>,
);

export function isTemplateKey(value: string): value is TemplateKey {
  return (TEMPLATE_KEYS as readonly string[]).includes(value);
}

/** "ar-EG" → "ar"; anything we have no templates for → English. */
export function emailLocaleOf(locale: string | null | undefined): EmailLocale {
  const primary = (locale ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return (EMAIL_LOCALES as readonly string[]).includes(primary) ? (primary as EmailLocale) : FALLBACK_LOCALE;
}

export function isRtl(locale: EmailLocale): boolean {
  return locale === "ar";
}

/** Sample values for previews and test sends, in the given language where we have them. */
export function sampleVariables(key: TemplateKey, locale: EmailLocale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, variable] of Object.entries(TEMPLATE_CATALOG[key].variables)) {
    out[name] = variable.sample[locale] ?? variable.sample.en;
  }
  return out;
}

export function isAutomaticVariable(name: string): boolean {
  return (AUTOMATIC_VARIABLES as readonly string[]).includes(name);
}
