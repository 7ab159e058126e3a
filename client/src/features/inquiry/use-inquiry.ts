import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { describeError } from '@client/lib/error-message';
import { notifications } from '@mantine/notifications';
import { useTRPC, type RouterOutputs } from '@client/lib/trpc';

export type InquiryDetail = RouterOutputs['inquiries']['get'];
export type TimelineEntry = RouterOutputs['inquiries']['timeline'][number];

/**
 * The inquiry, read once per visit: each read is audited as a view, so it is not refetched on
 * window focus. Changes return the fresh inquiry, which replaces this cache entry.
 */
export function useInquiry(id: string) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.inquiries.get.queryOptions({ id }), staleTime: Infinity, refetchOnWindowFocus: false, refetchOnReconnect: false });
}

/** After a change: put the returned inquiry in the cache and reload the timeline. */
export function useInquiryUpdater(id: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async (fresh?: InquiryDetail) => {
    if (fresh) queryClient.setQueryData(trpc.inquiries.get.queryKey({ id }), fresh);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.inquiries.timeline.queryKey({ id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.inquiries.duplicates.queryKey({ id }) }),
    ]);
  };
}

/** A translated key built at run time (statuses, rules, reasons), with the code as fallback. */
export function label(t: TFunction, key: string, fallback: string): string {
  return (t as unknown as (k: string, o: object) => string)(key, { defaultValue: fallback });
}

/** The server's message, or this page's translation of its error code when there is one. */
export function inquiryErrorMessage(t: TFunction, error: unknown): string {
  const details = describeError(error);
  const own = details.appCode ? label(t, `inquiryPage.errors.${details.appCode}`, '') : '';
  return own || details.message;
}

export function notifyInquiryError(t: TFunction, error: unknown): void {
  notifications.show({ color: 'red', title: t('errors.title'), message: inquiryErrorMessage(t, error), autoClose: 8000 });
}

/**
 * Wraps a value (address, name) put into a translated sentence in Unicode isolates, so a
 * left-to-right address in an Arabic sentence keeps its own order and does not reorder the rest.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}

export function languageLabel(code: string | null | undefined, uiLanguage: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([uiLanguage, 'en'], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
