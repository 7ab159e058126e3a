import { publicProcedure, router } from "../../trpc/procedures";

export const authRouter = router({
  /** The signed-in person, or null. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
});
