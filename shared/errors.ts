// Error codes shared by server and client. The server sends `appCode` and a safe `userMessage`
// (never health information); the client maps codes to translated messages.
export const APP_ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "INVALID_INPUT",
  "CONFLICT",
  "INVALID_TRANSITION",
  "RATE_LIMITED",
  "UNAVAILABLE",
  "INTERNAL",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export const HTTP_STATUS_OF: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 422,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export const DEFAULT_USER_MESSAGE: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Please sign in.",
  FORBIDDEN: "You do not have access to this.",
  NOT_FOUND: "Not found.",
  INVALID_INPUT: "Some fields need your attention.",
  CONFLICT: "This was changed by someone else. Reload and try again.",
  INVALID_TRANSITION: "This status change is not allowed.",
  RATE_LIMITED: "Too many attempts. Please wait a minute and try again.",
  UNAVAILABLE: "The service is temporarily unavailable.",
  INTERNAL: "Something went wrong on our side.",
};
