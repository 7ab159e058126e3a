// In-process fan-out of inquiry changes: one database listener per process feeds it, every open
// event stream of that process reads from it. Each reader has a bounded queue so a stalled
// client cannot make the process hold events without limit; a reader that falls behind gets a
// "resync" instead of the events it missed.
import type { InquiryChange } from "../../../shared/schemas/live";

export type HubMessage = { type: "change"; change: InquiryChange } | { type: "resync" };

const MAX_QUEUED = 200;

export type HubReader = AsyncIterable<HubMessage> & { close(): void };

export class InquiryEventHub {
  private readonly readers = new Map<(message: HubMessage) => void, () => void>();
  private closed = false;

  get readerCount(): number {
    return this.readers.size;
  }

  publish(message: HubMessage): void {
    for (const deliver of this.readers.keys()) deliver(message);
  }

  /** Ends every reader (their streams finish) and refuses new ones: the process is stopping. */
  close(): void {
    this.closed = true;
    for (const close of [...this.readers.values()]) close();
  }

  /** A reader that receives every message published from now on until closed or aborted. */
  read(signal?: AbortSignal): HubReader {
    const queue: HubMessage[] = [];
    let wake: (() => void) | null = null;
    let closed = false;
    const deliver = (message: HubMessage) => {
      if (queue.length >= MAX_QUEUED) queue.splice(0, queue.length, { type: "resync" });
      else queue.push(message);
      wake?.();
    };
    const close = () => {
      closed = true;
      this.readers.delete(deliver);
      signal?.removeEventListener("abort", close);
      wake?.();
    };
    this.readers.set(deliver, close);
    signal?.addEventListener("abort", close, { once: true });
    if (signal?.aborted || this.closed) close();
    return {
      close,
      async *[Symbol.asyncIterator]() {
        try {
          while (!closed) {
            const next = queue.shift();
            if (next) {
              yield next;
              continue;
            }
            await new Promise<void>((resolve) => (wake = resolve));
            wake = null;
          }
        } finally {
          close();
        }
      },
    };
  }
}
