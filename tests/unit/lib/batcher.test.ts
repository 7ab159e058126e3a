import { describe, expect, it } from "vitest";
import { createBatcher } from "../../../server/lib/batcher";

/** A run whose completion the test controls. */
function controlledRuns() {
  const runs: { items: number[]; finish(fail?: boolean): void }[] = [];
  const run = (items: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      runs.push({ items, finish: (fail) => (fail ? reject(new Error(`batch ${items.join(",")} failed`)) : resolve(items.map((n) => `answer ${n}`))) });
    });
  return { runs, run };
}

describe("createBatcher", () => {
  it("runs a lone item at once, and batches what arrives while runs are out, each caller getting its own answer", async () => {
    const { runs, run } = controlledRuns();
    const ask = createBatcher(run, { concurrency: 1, maxBatch: 10 });
    const first = ask(1);
    expect(runs.map((r) => r.items)).toEqual([[1]]);
    const later = [ask(2), ask(3), ask(4)];
    expect(runs).toHaveLength(1);
    runs[0]!.finish();
    expect(await first).toBe("answer 1");
    await new Promise((r) => setTimeout(r, 0));
    expect(runs.map((r) => r.items)).toEqual([[1], [2, 3, 4]]);
    runs[1]!.finish();
    expect(await Promise.all(later)).toEqual(["answer 2", "answer 3", "answer 4"]);
  });

  it("keeps to its concurrency and batch size", async () => {
    const { runs, run } = controlledRuns();
    const ask = createBatcher(run, { concurrency: 2, maxBatch: 2 });
    const all = [1, 2, 3, 4, 5, 6].map(ask);
    expect(runs.map((r) => r.items)).toEqual([[1], [2]]);
    runs[0]!.finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs.map((r) => r.items)).toEqual([[1], [2], [3, 4]]);
    runs[1]!.finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs.map((r) => r.items)).toEqual([[1], [2], [3, 4], [5, 6]]);
    runs[2]!.finish();
    runs[3]!.finish();
    expect(await Promise.all(all)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `answer ${n}`));
  });

  it("fails every item of a failed batch, and only those", async () => {
    const { runs, run } = controlledRuns();
    const ask = createBatcher(run, { concurrency: 1, maxBatch: 10 });
    const first = ask(1);
    const [two, three] = [ask(2), ask(3)];
    runs[0]!.finish();
    await first;
    await new Promise((r) => setTimeout(r, 0));
    runs[1]!.finish(true);
    await expect(two).rejects.toThrow("batch 2,3 failed");
    await expect(three).rejects.toThrow("batch 2,3 failed");
    const four = ask(4);
    runs[2]!.finish();
    expect(await four).toBe("answer 4");
  });
});
