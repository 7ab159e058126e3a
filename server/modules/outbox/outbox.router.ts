import { outboxListSchema, outboxMessageSchema } from "../../../shared/schemas/email";
import { permissionProcedure, router } from "../../trpc/procedures";
import { getOutboxMessage } from "./get-outbox-message";
import { listOutbox } from "./list-outbox";
import { retryOutboxMessage } from "./retry-outbox-message";

const admin = permissionProcedure("admin:outbox");

export const outboxRouter = router({
  list: admin
    .input(outboxListSchema)
    .query(({ ctx, input }) => listOutbox(ctx.db, input, ctx.deps.mailer?.transport ?? (ctx.deps.config.smtpUrl ? "smtp" : "outbox"))),
  get: admin.input(outboxMessageSchema).query(({ ctx, input }) => getOutboxMessage(ctx.db, input.id, ctx.deps.config.mailFrom)),
  /** Sends a FAILED message again, same row and Message-ID. */
  retry: admin.input(outboxMessageSchema).mutation(({ ctx, input }) => retryOutboxMessage(ctx.db, ctx.user, input.id, ctx)),
});
