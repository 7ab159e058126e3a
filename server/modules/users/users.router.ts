import {
  invitationIdSchema,
  inviteUserSchema,
  setUserActiveSchema,
  updateUserAccessSchema,
} from "../../../shared/schemas/users";
import { permissionProcedure, router } from "../../trpc/procedures";
import { inviteUser } from "./invite-user";
import { listPendingInvitations, listUsers } from "./list-users";
import { resendInvitation, revokeInvitation } from "./manage-invitation";
import { setUserActive } from "./set-user-active";
import { updateUserAccess } from "./update-user-access";

const admin = permissionProcedure("admin:users");

export const usersRouter = router({
  list: admin.query(({ ctx }) => listUsers(ctx.db)),
  invitations: admin.query(({ ctx }) => listPendingInvitations(ctx.db)),
  invite: admin.input(inviteUserSchema).mutation(({ ctx, input }) => inviteUser(ctx.db, ctx.user, input, { ...ctx, publicUrl: ctx.deps.publicUrl })),
  resendInvitation: admin
    .input(invitationIdSchema)
    .mutation(({ ctx, input }) => resendInvitation(ctx.db, ctx.user, input.id, { ...ctx, publicUrl: ctx.deps.publicUrl })),
  revokeInvitation: admin.input(invitationIdSchema).mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.user, input.id, ctx)),
  /** Role and site memberships; a change of either ends the person's sessions. */
  updateAccess: admin.input(updateUserAccessSchema).mutation(({ ctx, input }) => updateUserAccess(ctx.db, ctx.user, input, ctx)),
  setActive: admin.input(setUserActiveSchema).mutation(({ ctx, input }) => setUserActive(ctx.db, ctx.user, input, ctx)),
});
