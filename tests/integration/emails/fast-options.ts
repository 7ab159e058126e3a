// Worker settings for tests: retries after about a second, stale claims taken over after three,
// sweeps twice a second. Production defaults are in server/emails/email-worker.ts.
import { DEFAULT_EMAIL_WORKER, type EmailWorkerOptions } from "../../../server/emails/email-worker";

export const FAST: EmailWorkerOptions = {
  ...DEFAULT_EMAIL_WORKER,
  maxAttempts: 6,
  retryDelaySeconds: 1,
  leaseSeconds: 3,
  batchSize: 20,
  workers: 2,
  pollingIntervalSeconds: 0.5,
  sweepIntervalMs: 500,
  sweepGraceSeconds: 1,
};
