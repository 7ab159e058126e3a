// Batches calls that arrive while earlier batches are out: `run` gets whatever queued (at most
// `maxBatch` items), at most `concurrency` runs at once, and nothing waits on purpose (one item
// alone when traffic is light). A failed run fails every item of its batch.
export function createBatcher<Q, R>(run: (items: Q[]) => Promise<R[]>, opts: { concurrency: number; maxBatch: number }): (item: Q) => Promise<R> {
  type Pending = { item: Q; resolve(value: R): void; reject(error: unknown): void };
  const queue: Pending[] = [];
  let busy = 0;

  async function runBatch(batch: Pending[]) {
    try {
      const results = await run(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(results[i]!));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }

  function pump() {
    while (busy < opts.concurrency && queue.length > 0) {
      busy++;
      void runBatch(queue.splice(0, opts.maxBatch)).finally(() => {
        busy--;
        pump();
      });
    }
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      pump();
    });
}
