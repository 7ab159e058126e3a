// One live event stream per browser tab, shared by every component that listens: it opens when
// the first listener arrives and closes when the last one leaves. Also counts new inquiries not
// yet shown, for the navigation badge and the inbox notice.
import { TRPCClientError } from '@trpc/client';
import type { LiveInquiryEvent } from '@shared/schemas/live';
import { queryClient, trpc, trpcClient } from '@client/lib/trpc';

export type InquiryEventHandler = (event: LiveInquiryEvent) => void;

const handlers = new Set<InquiryEventHandler>();
let subscription: { unsubscribe(): void } | null = null;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retries = 0;

function dispatch(event: LiveInquiryEvent): void {
  if (event.kind === 'created') setNewCount(newCount + 1);
  for (const handler of handlers) handler(event);
}

function open(): void {
  let hadConnection = false;
  let lostConnection = false;
  subscription = trpcClient.live.inquiryEvents.subscribe(undefined, {
    onData: (tracked) => {
      retries = 0;
      dispatch(tracked.data);
    },
    onConnectionStateChange: (state) => {
      // The link reconnects by itself; whatever happened meanwhile was not heard: refetch.
      if (state.state === 'connecting' && hadConnection) lostConnection = true;
      if (state.state === 'pending') {
        if (lostConnection) dispatch({ kind: 'resync' });
        hadConnection = true;
        lostConnection = false;
      }
    },
    onError: (error) => {
      subscription = null;
      if (error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === 'UNAUTHORIZED') {
        // Signed out or deactivated: the layout asks `auth.me` again and sends the user to sign in.
        void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
        return;
      }
      scheduleReopen();
    },
    onComplete: () => {
      // The server ended the stream (it is shutting down): reconnect, possibly to another one.
      subscription = null;
      scheduleReopen();
    },
  });
}

function scheduleReopen(): void {
  if (handlers.size === 0 || retryTimer) return;
  const delay = Math.min(30_000, 1_000 * 2 ** retries++) * (0.5 + Math.random() / 2);
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    if (handlers.size > 0 && !subscription) {
      open();
      dispatch({ kind: 'resync' });
    }
  }, delay);
}

export function listenToInquiryEvents(handler: InquiryEventHandler): () => void {
  handlers.add(handler);
  if (!subscription && !retryTimer) open();
  return () => {
    handlers.delete(handler);
    if (handlers.size > 0) return;
    subscription?.unsubscribe();
    subscription = null;
    clearTimeout(retryTimer);
    retryTimer = undefined;
  };
}

// New inquiries heard of but not yet shown (useSyncExternalStore source).
let newCount = 0;
const countListeners = new Set<() => void>();

function setNewCount(value: number): void {
  newCount = value;
  for (const listener of countListeners) listener();
}

export const newInquiryCount = {
  get: (): number => newCount,
  subscribe(listener: () => void): () => void {
    countListeners.add(listener);
    return () => countListeners.delete(listener);
  },
  /** The person is looking at the newest inquiries now. */
  reset: (): void => setNewCount(0),
};
