// Load for benchmarks, two ways, over any `call` (an HTTP request, a SQL statement):
// - closedLoop: `clients` loops, each making its next call when the last one answered. It finds
//   the most a server can take, but its latency is not the latency at any given rate: by Little's
//   law the mean is clients / throughput (50 clients at 500/s wait 100 ms on average).
// - fixedRate: calls start on a timetable (`rate` per second) whatever the answers do, and
//   latency counts from the planned start. That is the latency a visitor sees at that rate, with
//   no coordinated omission: a stalled server cannot slow the arrivals down and hide its stall.
import http from "node:http";

export type Outcome = { status: number; ms: number; body?: string };
/** Makes one call; `ms` in the outcome counts from `startedAt` (a performance.now() time). */
export type Call = (startedAt: number) => Promise<Outcome>;

export async function closedLoop(clients: number, seconds: number, call: Call): Promise<Outcome[]> {
  const out: Outcome[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) out.push(await call(performance.now()));
    }),
  );
  return out;
}

export async function fixedRate(rate: number, seconds: number, call: Call): Promise<Outcome[]> {
  const pending: Promise<Outcome>[] = [];
  const start = performance.now();
  const total = Math.round(rate * seconds);
  let started = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
      // Each call keeps its planned start time, even when the timer fires late.
      for (; started < due; started++) pending.push(call(start + (started * 1000) / rate));
      // Sleeps until the next call is due rather than waking every millisecond: the load
      // generator shares the CPUs with the app under test.
      if (started >= total) resolve();
      else setTimeout(tick, Math.max(0, start + (started * 1000) / rate - performance.now()));
    };
    tick();
  });
  return Promise.all(pending);
}

/** POSTs JSON over at most `sockets` keep-alive connections (more calls wait for a free one). */
export function jsonPoster(url: URL, sockets: number, body: () => string): { call: Call; close(): void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const call: Call = (startedAt) =>
    new Promise<Outcome>((resolve) => {
      const payload = body();
      const req = http.request(
        url,
        { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - startedAt, body: Buffer.concat(chunks).toString() }));
        },
      );
      req.on("error", () => resolve({ status: 0, ms: performance.now() - startedAt }));
      req.end(payload);
    });
  return { call, close: () => agent.destroy() };
}
