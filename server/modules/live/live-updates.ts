// Live updates of one server process: the hub its event streams read and the database listener
// that feeds it. Built with the app's dependencies; started after the database is ready and
// stopped before the database pool closes.
import type { Logger } from "../../lib/logger";
import { InquiryEventHub } from "./inquiry-event-hub";
import { createInquiryEventListener, type InquiryEventListener, type ListenerOptions } from "./inquiry-event-listener";

export type LiveUpdates = {
  hub: InquiryEventHub;
  listener: InquiryEventListener;
  /** How often an open stream re-checks that its session is still valid. */
  sessionRecheckMs: number;
  start(): Promise<void>;
  stop(): Promise<void>;
};

export function createLiveUpdates(opts: {
  databaseUrl: string;
  log: Logger;
  sessionRecheckMs?: number;
  listener?: Partial<Pick<ListenerOptions, "minRetryMs" | "maxRetryMs" | "heartbeatMs">>;
}): LiveUpdates {
  const hub = new InquiryEventHub();
  const listener = createInquiryEventListener({ databaseUrl: opts.databaseUrl, hub, log: opts.log, ...opts.listener });
  return {
    hub,
    listener,
    sessionRecheckMs: opts.sessionRecheckMs ?? 30_000,
    start: () => listener.start(),
    stop: async () => {
      hub.close();
      await listener.stop();
    },
  };
}
