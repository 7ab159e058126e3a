// Rate limits shared by every server process: counters live in PostgreSQL (table
// public_rate_limits, in the layout rate-limiter-flexible's RateLimiterPostgres expects).
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

export type Limiter = {
  /** Counts one attempt for `key`; returns how many seconds to wait when over the limit, else 0. */
  consume(key: string, points?: number): Promise<number>;
};

export type LimiterPool = { pool: pg.Pool; create(name: string, points: number, durationSeconds: number): Limiter };

export function createLimiterPool(databaseUrl: string): LimiterPool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
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
