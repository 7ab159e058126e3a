// Public: the page behind the e-mailed invitation link. The secret token is the authorisation.
import { acceptInvitationSchema, invitationTokenSchema } from "../../../shared/schemas/users";
import { publicProcedure, router } from "../../trpc/procedures";
import { acceptInvitation, getInvitation } from "./accept-invitation";

export const invitationsRouter = router({
  get: publicProcedure.input(invitationTokenSchema).query(({ ctx, input }) => getInvitation(ctx.db, input.token)),
  accept: publicProcedure.input(acceptInvitationSchema).mutation(({ ctx, input }) => acceptInvitation(ctx.db, input, ctx)),
});
