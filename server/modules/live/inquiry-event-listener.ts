// The one LISTEN connection of this server process. A dedicated client, not one from Prisma's
// pool: LISTEN belongs to a session, and a pooled connection would be handed to other queries.
// When the connection drops (database restart, failover, a terminated backend) it reconnects
// with growing, jittered delays and tells readers to resync, since NOTIFYs sent meanwhile are lost.
import pg from "pg";
import { inquiryChangeSchema } from "../../../shared/schemas/live";
import type { Logger } from "../../lib/logger";
import type { InquiryEventHub } from "./inquiry-event-hub";

export const INQUIRY_EVENTS_CHANNEL = "inquiry_events";

export type ListenerOptions = {
  databaseUrl: string;
  hub: InquiryEventHub;
  log: Logger;
  /** First retry delay; doubles up to maxRetryMs. */
  minRetryMs?: number;
  maxRetryMs?: number;
  heartbeatMs?: number;
};

export type InquiryEventListener = {
  /** Resolves once LISTEN is in place (first connection); later drops are handled inside. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The PostgreSQL backend pid of the current LISTEN session (tests terminate it). */
  backendPid(): number | null;
  /** How many times the connection was re-established after a drop. */
  reconnects(): number;
};

export function createInquiryEventListener(opts: ListenerOptions): InquiryEventListener {
  const minRetry = opts.minRetryMs ?? 250;
  const maxRetry = opts.maxRetryMs ?? 10_000;
  let client: pg.Client | null = null;
  let pid: number | null = null;
  let stopped = false;
  let attempt = 0;
  let reconnectCount = 0;
  let connectedOnce = false;
  let timer: NodeJS.Timeout | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let firstConnection: Promise<void> | null = null;

  const onNotification = (message: pg.Notification) => {
    if (message.channel !== INQUIRY_EVENTS_CHANNEL || !message.payload) return;
    let parsed;
    try {
      parsed = inquiryChangeSchema.safeParse(JSON.parse(message.payload));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) {
      opts.log.warn("ignored a malformed inquiry event");
      return;
    }
    opts.hub.publish({ type: "change", change: parsed.data });
  };

  async function connect(): Promise<void> {
    const c = new pg.Client({ connectionString: opts.databaseUrl, keepAlive: true, application_name: "trialconnect-live" });
    // Registered before connect so an error during the handshake never goes unhandled.
    c.on("error", (error) => dropped(c, error));
    c.on("end", () => dropped(c));
    c.on("notification", onNotification);
    try {
      await c.connect();
      await c.query(`LISTEN ${INQUIRY_EVENTS_CHANNEL}`);
      pid = (await c.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    } catch (error) {
      c.removeAllListeners("end");
      await c.end().catch(() => {});
      throw error;
    }
    if (stopped) {
      await c.end().catch(() => {});
      return;
    }
    client = c;
    if (connectedOnce) {
      reconnectCount++;
      opts.log.info({ reconnects: reconnectCount }, "inquiry event listener reconnected");
      opts.hub.publish({ type: "resync" });
    }
    connectedOnce = true;
    attempt = 0;
    // A half-open TCP connection never reports "end": ask the database now and then.
    heartbeat = setInterval(() => {
      c.query("SELECT 1").catch((error: Error) => dropped(c, error));
    }, opts.heartbeatMs ?? 30_000);
    heartbeat.unref();
  }

  function clearHeartbeat() {
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = null;
  }

  function dropped(c: pg.Client, error?: Error) {
    if (client !== c) return;
    clearHeartbeat();
    client = null;
    pid = null;
    c.removeAllListeners("end");
    c.end().catch(() => {});
    if (stopped) return;
    opts.log.warn({ err: error ? { name: error.name, code: (error as { code?: string }).code } : undefined }, "inquiry event listener lost its connection");
    scheduleRetry();
  }

  function scheduleRetry() {
    if (stopped || timer) return;
    const base = Math.min(maxRetry, minRetry * 2 ** attempt);
    const delay = Math.round(base / 2 + Math.random() * (base / 2));
    attempt++;
    timer = setTimeout(() => {
      timer = null;
      connect().catch((error: Error) => {
        opts.log.warn({ attempt, err: { name: error.name, code: (error as { code?: string }).code } }, "inquiry event listener could not reconnect");
        scheduleRetry();
      });
    }, delay);
    timer.unref();
  }

  return {
    start() {
      firstConnection ??= connect().catch((error: Error) => {
        // The app still starts without live updates; keep trying in the background.
        opts.log.error({ err: { name: error.name, code: (error as { code?: string }).code } }, "inquiry event listener could not connect");
        scheduleRetry();
      });
      return firstConnection;
    },
    async stop() {
      stopped = true;
      clearHeartbeat();
      if (timer) clearTimeout(timer);
      timer = null;
      const c = client;
      client = null;
      pid = null;
      if (c) {
        c.removeAllListeners("end");
        await c.end().catch(() => {});
      }
    },
    backendPid: () => pid,
    reconnects: () => reconnectCount,
  };
}
