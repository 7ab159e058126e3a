// GET /healthz through Express (HTTP + one database round trip) against the bare database
// round trip through `pg` that it wraps. The ratio is the cost of our HTTP stack.
import http from "node:http";
import pg from "pg";
import type { BenchContext } from "./run";
import { compare, sample } from "./harness";

export const name = "health";

export async function run({ databaseUrl, listenApp }: BenchContext) {
  const app = await listenApp(databaseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = () =>
    new Promise<void>((resolve, reject) => {
      http
        .get(`${app.url}/healthz`, { agent }, (res) => {
          res.resume();
          res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
        })
        .on("error", reject);
    });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const subject = await sample(2000, get, 200);
    const baseline = await sample(2000, () => client.query("SELECT 1"), 200);
    return [compare("healthz latency", "ms", subject, "SELECT 1 via pg", baseline)];
  } finally {
    await client.end();
    agent.destroy();
    await app.close();
  }
}
