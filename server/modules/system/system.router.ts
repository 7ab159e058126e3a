import { publicProcedure, router } from "../../trpc/procedures";
import { APP_VERSION } from "../../lib/version";

export const systemRouter = router({
  info: publicProcedure.query(() => ({ version: APP_VERSION })),
});
