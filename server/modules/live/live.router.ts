// Live updates over server-sent events (tRPC subscription). Events carry ids and the status
// only; the client refetches what it shows. Event ids are tracked so that a reconnecting client
// sends the last one back: it then receives "resync" first, since this process cannot know what
// another process already delivered.
import { randomBytes } from "node:crypto";
import { TRPCError, tracked } from "@trpc/server";
import { inquiryEventsInputSchema } from "../../../shared/schemas/live";
import { AppError } from "../../lib/app-error";
import { permissionProcedure, router } from "../../trpc/procedures";
import { streamInquiryEvents } from "./stream-inquiry-events";

const PROCESS_TAG = randomBytes(4).toString("hex");
let sequence = 0;

export const liveRouter = router({
  inquiryEvents: permissionProcedure("inquiries:read")
    .input(inquiryEventsInputSchema)
    .subscription(async function* ({ ctx, input, signal }) {
      const live = ctx.deps.live;
      if (!live) throw new AppError("UNAVAILABLE");
      try {
        const events = streamInquiryEvents({ db: ctx.db, live }, { user: ctx.user, sessionId: ctx.sessionId }, { resumed: Boolean(input?.lastEventId), signal });
        for await (const event of events) yield tracked(`${PROCESS_TAG}-${++sequence}`, event);
      } catch (error) {
        // Errors after the stream opened bypass the error mapping middleware: map them here.
        if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
          throw new TRPCError({ code: "UNAUTHORIZED", message: error.userMessage, cause: error });
        }
        throw error;
      }
    }),
});
