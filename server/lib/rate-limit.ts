// Rate limits shared by every server process: counters live in PostgreSQL (table
// public_rate_limits, in the layout rate-limiter-flexible's RateLimiterPostgres expects).
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

export type Limiter = {
  /** Counts one attempt for `key`; returns how many seconds to wait when over the limit, else 0. */
  consume(key: string, points?: number): Promise<number>;
};

export type LimiterPool = { pool: pg.Pool; create(name: string, points: number, durationSeconds: number): Limiter };

/**
 * The `pg` pool of the public side (rate limits and the intake's hot path, which bypasses Prisma:
 * see docs/public-api.md, "Speed"). Sized like the app's Prisma pool.
 * Its named statements (the intake's read and write) are planned once per connection: left to
 * choose, PostgreSQL kept re-planning the read on every inquiry (its custom plans looked cheaper),
 * and planning it, which sizes the inquiries table and each of its indexes with a system call,
 * cost more than running it. A plan made once must stay good while the table grows, under load
 * for as long as the connection lives, even when it was made on an empty table: the pool never
 * scans a table when an index can answer (everything it reads is reached by key), and
 * tests/integration/public-api/intake-plans.int.test.ts checks the read's plans.
 */
const PUBLIC_POOL_OPTIONS = "-c plan_cache_mode=force_generic_plan -c enable_seqscan=off";

export function createPublicPool(databaseUrl: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max, idleTimeoutMillis: 10_000, allowExitOnIdle: true, options: PUBLIC_POOL_OPTIONS });
  // An idle connection cut by the server (restart, dropped test database) must not crash the
  // process: the pool discards it and the next query opens a new one.
  pool.on("error", () => {});
  return pool;
}

const shared = new Map<string, pg.Pool>();
/** The one public pool of this process for a database (the public API and the embed page share it). */
export function sharedPublicPool(databaseUrl: string): pg.Pool {
  let pool = shared.get(databaseUrl);
  if (!pool) {
    pool = createPublicPool(databaseUrl);
    shared.set(databaseUrl, pool);
  }
  return pool;
}

export function createLimiterPool(databaseUrlOrPool: string | pg.Pool): LimiterPool {
  const pool = typeof databaseUrlOrPool === "string" ? createPublicPool(databaseUrlOrPool, 4) : databaseUrlOrPool;
  return {
    pool,
    create(name, points, durationSeconds) {
      if (points <= 0) return { consume: async () => 0 };
      const limiter = new RateLimiterPostgres({
        storeClient: pool,
        storeType: "pool",
        tableName: "public_rate_limits",
        tableCreated: true,
        keyPrefix: name,
        points,
        duration: durationSeconds,
      });
      return {
        async consume(key, cost = 1) {
          try {
            await limiter.consume(key, cost);
            return 0;
          } catch (error) {
            if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
            throw error;
          }
        },
      };
    },
  };
}
