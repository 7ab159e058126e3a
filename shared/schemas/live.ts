// Live inquiry events: what the database announces on the "inquiry_events" channel, and what a
// signed-in person receives. Ids and the status only: the client refetches what it shows.
import { z } from "zod";
import { INQUIRY_STATUSES } from "../inquiry-status";

/** The payload of the NOTIFY trigger (migration "inbox_search_and_events"). */
export const inquiryChangeSchema = z.object({
  op: z.enum(["insert", "update"]),
  id: z.uuid(),
  siteId: z.uuid().nullable(),
  previousSiteId: z.uuid().nullable(),
  studyId: z.uuid(),
  status: z.enum(INQUIRY_STATUSES),
  assigneeId: z.uuid().nullable(),
});
export type InquiryChange = z.infer<typeof inquiryChangeSchema>;

/**
 * created / updated: an inquiry the person may see is new or changed.
 * removed: an inquiry they could see moved to a site they do not belong to.
 * resync: events may have been missed (reconnection); refetch everything shown.
 */
export type LiveInquiryEvent =
  | { kind: "created" | "updated"; id: string; siteId: string | null; studyId: string; status: InquiryChange["status"]; assigneeId: string | null }
  | { kind: "removed"; id: string }
  | { kind: "resync" };

export const inquiryEventsInputSchema = z
  .object({
    // Sent back by the client when the event stream reconnects (tRPC's tracked events).
    lastEventId: z.string().max(100).nullish(),
  })
  .optional();
