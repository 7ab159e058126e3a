// How many events (accepted inquiries) this process saw in the last second, in ten 100 ms buckets:
// cheap enough to mark on every request. Background work reads it to step aside while the
// public side is busy (the e-mail worker, email-worker.ts).
const BUCKET_MS = 100;
const BUCKETS = 10;

export type LoadGauge = { mark(count?: number): void; perSecond(): number };

export function createLoadGauge(now: () => number = Date.now): LoadGauge {
  const counts = new Array<number>(BUCKETS).fill(0);
  let current = Math.floor(now() / BUCKET_MS);

  function advance() {
    const bucket = Math.floor(now() / BUCKET_MS);
    // Clear the buckets skipped since the last event (all of them after a quiet second).
    for (let b = current + 1; b <= Math.min(bucket, current + BUCKETS); b++) counts[b % BUCKETS] = 0;
    current = Math.max(current, bucket);
  }

  return {
    mark(count = 1) {
      advance();
      counts[current % BUCKETS]! += count;
    },
    perSecond() {
      advance();
      return counts.reduce((a, b) => a + b, 0);
    },
  };
}

/** Inquiries this process accepted in the last second (marked by the intake). */
export const intakeLoad = createLoadGauge();
