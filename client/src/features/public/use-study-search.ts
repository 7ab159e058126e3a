import { useEffect, useState } from 'react';
import { locate, searchStudies, type StudySummary } from '@client/lib/public-api';
import { readOrigin, rememberOrigin, type StudyOrigin } from '@client/features/study/study-origin';
import { splitPlace, toSearchQuery, type FinderFilters } from './finder-params';

export type StudySearchState =
  | { status: 'loading' }
  | { status: 'error' }
  | {
      status: 'done';
      studies: StudySummary[];
      origin: StudyOrigin | null;
      /** A place was typed but our lookup does not know it. */
      placeNotFound: boolean;
    };

async function resolveOrigin(filters: FinderFilters, signal: AbortSignal): Promise<{ origin: StudyOrigin | null; notFound: boolean }> {
  if (filters.lat !== null && filters.lon !== null) {
    return { origin: { lat: filters.lat, lon: filters.lon, label: null, source: 'browser' }, notFound: false };
  }
  const place = splitPlace(filters.place);
  if (!place.postalCode && !place.city) return { origin: null, notFound: false };
  const remembered = readOrigin();
  if (
    remembered?.source === 'typed' &&
    remembered.postalCode === place.postalCode &&
    remembered.city === place.city &&
    (remembered.country ?? '') === filters.country
  ) {
    return { origin: remembered, notFound: false };
  }
  const found = await locate({ ...place, country: filters.country || undefined }, signal);
  if (!found) return { origin: null, notFound: true };
  return {
    origin: { lat: found.lat, lon: found.lon, label: found.label, source: 'typed', ...place, country: filters.country || found.countryCode },
    notFound: false,
  };
}

/** Locates the typed place (if any), then searches; a newer search cancels the one in flight. */
export function useStudySearch(filters: FinderFilters, attempt: number): StudySearchState {
  const [state, setState] = useState<StudySearchState>({ status: 'loading' });
  const key = JSON.stringify(filters);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    (async () => {
      const { origin, notFound } = await resolveOrigin(filters, controller.signal);
      // Remember where the visitor is, so the study pages they open show distances too.
      if (origin) rememberOrigin(origin);
      const studies = await searchStudies(toSearchQuery(filters, origin), controller.signal);
      if (!controller.signal.aborted) setState({ status: 'done', studies, origin, placeNotFound: notFound });
    })().catch((error: unknown) => {
      if (controller.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) return;
      setState({ status: 'error' });
    });
    return () => controller.abort();
    // `key` stands for `filters`, which is rebuilt on every render.
  }, [key, attempt]);

  return state;
}
