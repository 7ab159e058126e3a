// Shared pieces for benchmarks: timing, statistics and the JSON result file. Each benchmark
// measures its subject and a baseline in the same run and reports medians and their ratio,
// because these machines are shared and noisy: absolute numbers from different runs do not compare.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type Stats = { n: number; median: number; p95: number; p99: number; min: number; max: number; mean: number };

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  return {
    n: s.length,
    median: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    min: s[0]!,
    max: s.at(-1)!,
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}

/** Runs `fn` `warmup` times unmeasured, then `n` times, returning each duration in milliseconds. */
export async function sample(n: number, fn: () => Promise<unknown> | unknown, warmup = Math.min(50, n)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

export type Comparison = {
  metric: string;
  unit: string;
  subject: Stats;
  baseline: { name: string; stats: Stats };
  /** subject median / baseline median */
  ratio: number;
  goal?: string;
};

export function compare(metric: string, unit: string, subject: number[], baselineName: string, baseline: number[], goal?: string): Comparison {
  const a = stats(subject);
  const b = stats(baseline);
  return { metric, unit, subject: a, baseline: { name: baselineName, stats: b }, ratio: round(a.median / b.median), goal };
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export const RESULTS_DIR = path.resolve(import.meta.dirname, "results");

export function writeResult(name: string, results: unknown): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  const doc = {
    name,
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    results,
  };
  fs.writeFileSync(file, JSON.stringify(doc, null, 2) + "\n");
  return file;
}
