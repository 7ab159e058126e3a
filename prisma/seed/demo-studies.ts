// Demo studies: the seed study page (NCT07068126, as published), and helpers for the studies
// written for the demo.
//
// The illustrative studies (NCT9xxxxxxx) are in demo-illustrative-studies.ts.
import type { StudyStatus } from "../../server/generated/prisma/enums";
import type { CtgovIntervention } from "../../server/modules/studies/ctgov-map";

export type DemoStudy = {
  key: string;
  nctId: string;
  title: string;
  officialTitle: string | null;
  acronym: string | null;
  overallStatus: StudyStatus;
  phases: string[];
  minimumAge: string;
  maximumAge: string;
  minAgeMonths: number;
  maxAgeMonths: number;
  briefSummary: string;
  detailedDescription: string;
  eligibilityCriteria: string;
  conditions: string[];
  keywords: string[];
  interventions: CtgovIntervention[];
  sponsor: string;
  collaborators: string[];
  enrollmentTarget: number;
  /** Fixed dates (the seed study) or days relative to the seeding time (illustrative ones). */
  startDate: string | number | null;
  primaryCompletionDate: string | number | null;
  lastUpdatePostedAt: string | number;
  centralContacts: Array<{ name: string; role: string; phone: string | null; email: string | null }>;
  centralQueueEmail: string;
  /** Relative share of the demo inquiries. */
  inquiryWeight: number;
};

/** The five FAQs of the seed study page ("Learn more about clinical trials"). */
export const SEED_FAQS = [
  {
    question: "What is a clinical trial?",
    answer:
      "A clinical trial is a study designed to test specific interventions or treatments' effectiveness and safety, paving the way for new, innovative healthcare solutions.",
  },
  {
    question: "Why should I take part in a clinical trial?",
    answer:
      "Participating in a clinical trial provides early access to potentially effective treatments and directly contributes to the healthcare advancements that benefit us all.",
  },
  {
    question: "How long does a clinical trial take place?",
    answer:
      "The duration of clinical trials varies. Some trials last weeks, some years, depending on the phase and intention of the trial.",
  },
  {
    question: "Do I get compensated for taking part in clinical trials?",
    answer:
      "Compensation varies per trial. Some offer payment or reimbursement for time and travel, while others may not.",
  },
  {
    question: "How safe are clinical trials?",
    answer:
      "Clinical trials follow strict ethical guidelines and protocols to safeguard participants' health. They are closely monitored and safety reviewed regularly.",
  },
];

export const p = (...paragraphs: string[]) => paragraphs.join("\n\n");
export const criteria = (inclusion: string[], exclusion: string[]) =>
  `Inclusion Criteria:\n\n${inclusion.map((i) => `* ${i}`).join("\n")}\n\nExclusion Criteria:\n\n${exclusion.map((i) => `* ${i}`).join("\n")}`;
export const ILLUSTRATIVE =
  "Illustrative example: this study was written for the demo of this application. It is not a registered clinical trial, and its NCT number is fictional.";
export const DEMO_SPONSOR = "Paediatric Trials Demo Consortium";

export const ITP_STUDY: DemoStudy = {
  key: "itp",
  nctId: "NCT07068126",
  title: "Management of Children With Persistent ITP, A Novel Approach",
  officialTitle: null,
  acronym: null,
  overallStatus: "RECRUITING",
  phases: ["NA"],
  minimumAge: "1 Year",
  maximumAge: "10 Years",
  minAgeMonths: 12,
  maxAgeMonths: 120,
  briefSummary: p(
    "The goal of this clinical trial is to learn if mini-pool intravenous immunoglobulin (IVIG) is a safe and effective treatment for children with persistent immune thrombocytopenia (ITP). ITP is a condition that causes low platelet levels and increases the risk of bleeding. The main questions this study aims to answer are:",
    "Can mini-pool IVIG raise platelet levels in children with persistent ITP?",
    "Can it reduce bleeding episodes and hospital visits?",
    "What side effects, if any, are seen with this treatment?",
    "There is no comparison group in this study. All participants will receive mini-pool IVIG, which is made from small pools of donated plasma using a cost-effective process.",
    "Participants will:",
    "Receive one dose of mini-pool IVIG through a vein over 6 to 8 hours",
    "Receive follow-up doses every 2 to 4 weeks for up to 5 doses, based on their platelet count",
    "Have regular blood tests and checkups during the study and for 6 months after treatment",
    "Report on bleeding episodes, physical activity, school attendance, and side effects",
  ),
  detailedDescription: p(
    "Immune thrombocytopenia (ITP) is an autoimmune condition where the immune system destroys platelets, leading to low platelet counts and increased risk of bleeding. Persistent ITP is defined as ongoing thrombocytopenia lasting 3 to 12 months after initial diagnosis. Children with persistent ITP who lose their response to first-line treatments, such as steroids or standard intravenous immunoglobulin (IVIG), have limited therapeutic options, especially in low- and middle-income countries, due to the high cost of commercial IVIG preparations.",
    "Mini-pool IVIG is produced from small pools of plasma collected locally, using a validated process with virus inactivation and IgG purification steps. This method enables safe, cost-effective preparation of IVIG in resource-limited settings. Prior research has shown that mini-pool IVIG is effective and well-tolerated in acute pediatric ITP, but its role as a second-line therapy for persistent ITP has not been evaluated.",
    "This multicenter, prospective clinical trial will enroll 20 children aged 1 to 10 years with persistent ITP at three tertiary care pediatric hematology centers in Egypt. Participants will receive a loading dose of mini-pool IVIG at 1 g/kg, followed by maintenance doses of 0.5 g/kg every 2 to 4 weeks for up to five additional doses, with dose intervals adjusted based on platelet counts.",
    "Throughout the study, participants will undergo regular blood counts, bleeding assessments using the Bleeding Assessment Tool (BAT), and monitoring for infusion-related or delayed adverse events. Data on school attendance, physical activity, and patient or family satisfaction will also be collected.",
    "Responses to therapy will be classified as complete response (CR), response (R), or no response (NR) based on platelet count thresholds and bleeding status, with response duration measured from achievement of CR or R to loss of response. Participants achieving sustained response off therapy (SRoT) or response off therapy (RoT) during the 6-month post-treatment follow-up will be identified to evaluate durability of treatment effects.",
    "This study aims to provide evidence on the safety and efficacy of mini-pool IVIG as a second-line therapy for persistent pediatric ITP, potentially offering an affordable and effective treatment alternative in settings where standard IVIG is inaccessible due to cost.",
  ),
  eligibilityCriteria: criteria(
    ["Age 1 - 10 years", "Gender: Males and Females", "Persistent ITP according to ASH definition", "No history of treatment with thrombopoietin agonists"],
    [
      "History of severe drug adverse events to IVIG",
      "Previous history of ICH",
      "Difficult venous access",
      "Congenital thrombocytopenia, secondary ITP and non-immune thrombocytopenia",
    ],
  ),
  conditions: ["Persistent Immune Thrombocytopenia"],
  keywords: ["ITP", "Immune thrombocytopenia", "Mini-pool IVIG", "Intravenous immunoglobulin", "Platelets"],
  interventions: [{ type: "BIOLOGICAL", name: "Mini-pool intravenous immunoglobulin (IVIG)" }],
  sponsor: "Assiut University",
  collaborators: [],
  enrollmentTarget: 20,
  startDate: null,
  primaryCompletionDate: null,
  lastUpdatePostedAt: "2025-07-22",
  centralContacts: [],
  centralQueueEmail: "itp-study@aun-childrens.example.org",
  inquiryWeight: 90,
};
