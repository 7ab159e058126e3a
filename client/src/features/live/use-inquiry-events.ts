import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { LiveInquiryEvent } from '@shared/schemas/live';
import { listenToInquiryEvents, newInquiryCount } from './inquiry-event-stream';

/**
 * Calls `handler` for every live inquiry event the signed-in person may see (ids and status only:
 * refetch what you show). "resync" means events may have been missed: refetch everything.
 */
export function useInquiryEvents(handler: (event: LiveInquiryEvent) => void, enabled = true): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    return listenToInquiryEvents((event) => latest.current(event));
  }, [enabled]);
}

/** New inquiries heard of since the person last looked at the newest ones. */
export function useNewInquiryCount(): number {
  return useSyncExternalStore(newInquiryCount.subscribe, newInquiryCount.get, () => 0);
}
