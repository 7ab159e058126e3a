import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  inboxFiltersSchema,
  PER_PAGE_OPTIONS,
  sortFromSearchParams,
  sortToSearchParams,
  type InboxFilters,
  type InboxSort,
} from '@shared/schemas/inbox';
import { browserTimeZone } from './inbox-format';

export type InboxState = {
  filters: InboxFilters;
  sort: InboxSort;
  page: number;
  perPage: number;
  /** The view the filters came from ("myNew", a saved view's id), until they are changed. */
  view: string | null;
};

type HistoryState = { q?: string } | null;

/** Each filter from the URL on its own, so one stale value does not throw the others away. */
function parseFilters(params: URLSearchParams): InboxFilters {
  const raw = filtersFromSearchParams(params);
  const shape = inboxFiltersSchema.shape;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'q' || key === 'timeZone' || !(key in shape)) continue;
    const parsed = shape[key as keyof typeof shape].safeParse(value);
    if (parsed.success) result[key] = parsed.data;
  }
  return result as InboxFilters;
}

/**
 * The inbox's filters, sort and page live in the URL (shareable, back button). The search term is
 * the exception: it may be a patient's name, so it stays in the history entry's state, never in a
 * URL (nor in server logs, browser history lists or a copied link).
 */
export function useInboxState() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const q = (location.state as HistoryState)?.q ?? '';

  const state = useMemo<InboxState>(() => {
    const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
    const perPageParam = Number.parseInt(params.get('perPage') ?? '', 10);
    const perPage = (PER_PAGE_OPTIONS as readonly number[]).includes(perPageParam) ? perPageParam : PER_PAGE_OPTIONS[0];
    return {
      filters: { ...parseFilters(params), ...(q ? { q } : {}) },
      sort: sortFromSearchParams(params),
      page,
      perPage,
      view: params.get('view'),
    };
  }, [params, q]);

  const update = useCallback(
    (next: Partial<InboxState>, opts: { replace?: boolean } = {}) => {
      const merged = { ...state, ...next };
      // Changing what is shown starts again at page 1, and leaves the view it came from.
      if (next.filters || next.sort || next.perPage) merged.page = next.page ?? 1;
      if (next.filters && !('view' in next)) merged.view = null;
      const { q: term, ...rest } = merged.filters;
      const search = filtersToSearchParams(rest);
      sortToSearchParams(merged.sort, search);
      if (merged.page > 1) search.set('page', String(merged.page));
      if (merged.perPage !== PER_PAGE_OPTIONS[0]) search.set('perPage', String(merged.perPage));
      if (merged.view) search.set('view', merged.view);
      const query = search.toString();
      navigate({ pathname: location.pathname, search: query ? `?${query}` : '' }, { replace: opts.replace, state: term ? { q: term } : null });
    },
    [state, navigate, location.pathname],
  );

  /** What the server gets: the filters plus the browser's time zone for the date filters. */
  const query = useMemo(() => {
    const timeZone = browserTimeZone();
    const filters = { ...state.filters, ...(timeZone ? { timeZone } : {}) };
    return { filters, sort: state.sort, page: state.page, perPage: state.perPage };
  }, [state]);

  return { state, update, query };
}
