// The one error type use-case code throws. `userMessage` is shown to people as is, so it must
// never contain health information; `cause` is for logs and stays on the server.
import { DEFAULT_USER_MESSAGE, HTTP_STATUS_OF, type AppErrorCode } from "../../shared/errors";

export class AppError extends Error {
  override name = "AppError";
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, opts: { userMessage?: string; fieldErrors?: Record<string, string[]>; cause?: unknown } = {}) {
    super(opts.userMessage ?? DEFAULT_USER_MESSAGE[code], { cause: opts.cause });
    this.code = code;
    this.userMessage = opts.userMessage ?? DEFAULT_USER_MESSAGE[code];
    this.fieldErrors = opts.fieldErrors;
  }

  get httpStatus(): number {
    return HTTP_STATUS_OF[this.code];
  }
}
