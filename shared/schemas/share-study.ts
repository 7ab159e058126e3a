// "Send this to a friend": the friend's address and, optionally, the sender's first name, the one
// piece of free text that reaches the e-mail. A first name is letters, with at most two spaces,
// hyphens or apostrophes between them (Marie-Claire, O'Neil, María José): no digits, dots, slashes
// or colons, so it cannot carry a link, an address or a message.
import { z } from "zod";
import { languageTag } from "./public-inquiry";

export const SENDER_FIRST_NAME_MAX = 40;
export const SENDER_FIRST_NAME = /^\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,2}$/u;
export const SENDER_FIRST_NAME_MESSAGE = "Only your first name, in letters.";

export const shareStudyInputSchema = z
  .object({
    friendEmail: z.string({ error: "Required." }).max(254).pipe(z.email({ error: "Enter a valid e-mail address." })),
    language: languageTag,
    senderFirstName: z
      .string()
      .trim()
      .max(SENDER_FIRST_NAME_MAX, { error: `At most ${SENDER_FIRST_NAME_MAX} characters.` })
      .refine((v) => v === "" || SENDER_FIRST_NAME.test(v.normalize("NFC")), { error: SENDER_FIRST_NAME_MESSAGE })
      .optional(),
  })
  .strict();

export type ShareStudyInput = z.infer<typeof shareStudyInputSchema>;
