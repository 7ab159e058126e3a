import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { DEFAULT_USER_MESSAGE, type AppErrorCode } from "../../shared/errors";
import { AppError } from "../lib/app-error";
import type { Context } from "./context";

const TRPC_CODE_TO_APP: Partial<Record<string, AppErrorCode>> = {
  UNAUTHORIZED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  BAD_REQUEST: "INVALID_INPUT",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "RATE_LIMITED",
};

function zodFieldErrors(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Subscriptions over server-sent events (live.inquiryEvents): a comment every 20 s keeps
  // proxies from closing a quiet stream; a client that hears nothing for 45 s reconnects.
  sse: { ping: { enabled: true, intervalMs: 20_000 }, client: { reconnectAfterInactivityMs: 45_000 } },
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    let appCode: AppErrorCode = TRPC_CODE_TO_APP[error.code] ?? "INTERNAL";
    let userMessage = DEFAULT_USER_MESSAGE[appCode];
    let fieldErrors: Record<string, string[]> | undefined;
    if (cause instanceof AppError) {
      appCode = cause.code;
      userMessage = cause.userMessage;
      fieldErrors = cause.fieldErrors;
    } else if (cause instanceof ZodError) {
      appCode = "INVALID_INPUT";
      userMessage = DEFAULT_USER_MESSAGE.INVALID_INPUT;
      fieldErrors = zodFieldErrors(cause);
    }
    // Internal errors never leak their message or stack to the client.
    const message = appCode === "INTERNAL" ? userMessage : error.message;
    return {
      ...shape,
      message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, appCode, userMessage, fieldErrors },
    };
  },
});
