// The three kinds of procedure. Every procedure is built from one of these, so who may call what
// is decided here and in shared/permissions.ts, never ad hoc inside a handler.
import { TRPCError } from "@trpc/server";
import { hasPermission, type Permission } from "../../shared/permissions";
import { AppError } from "../lib/app-error";
import { t } from "./init";

export const router = t.router;

const errorMapping = t.middleware(async ({ next, ctx, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      result.error = new TRPCError({ code: trpcCodeOf(cause.httpStatus), message: cause.userMessage, cause });
    } else if (result.error.code === "INTERNAL_SERVER_ERROR") {
      // Log the kind and place of failure only: messages may quote data.
      ctx.log.error({ path, err: { name: result.error.cause?.name, stack: result.error.cause?.stack } }, "procedure failed");
    }
  }
  return result;
});

function trpcCodeOf(status: number): TRPCError["code"] {
  switch (status) {
    case 401: return "UNAUTHORIZED";
    case 403: return "FORBIDDEN";
    case 404: return "NOT_FOUND";
    case 409: return "CONFLICT";
    case 422: return "UNPROCESSABLE_CONTENT";
    case 429: return "TOO_MANY_REQUESTS";
    case 503: return "SERVICE_UNAVAILABLE";
    default: return status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST";
  }
}

export const publicProcedure = t.procedure.use(errorMapping);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new AppError("UNAUTHENTICATED");
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export function permissionProcedure(permission: Permission) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!hasPermission(ctx.user.role, permission)) throw new AppError("FORBIDDEN");
    return next();
  });
}
