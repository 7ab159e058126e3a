import { useEffect, useRef, useState } from 'react';
import { getStudy, PublicApiError, type GeoPoint, type StudyDetail } from '@client/lib/public-api';

export type StudyState =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error' }
  | { status: 'done'; study: StudyDetail };

/**
 * The study with its sites, nearest first once the visitor's position is known. A new position
 * reloads quietly: the page keeps showing the previous answer until the new one arrives.
 */
export function useStudy(nctId: string, origin: GeoPoint | null, attempt: number): StudyState {
  const [state, setState] = useState<StudyState>({ status: 'loading' });
  const shownNctId = useRef<string | null>(null);
  const lat = origin?.lat ?? null;
  const lon = origin?.lon ?? null;

  useEffect(() => {
    const controller = new AbortController();
    if (shownNctId.current !== nctId) setState({ status: 'loading' });
    getStudy(nctId, lat !== null && lon !== null ? { lat, lon } : null, controller.signal)
      .then((study) => {
        shownNctId.current = nctId;
        setState({ status: 'done', study });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        shownNctId.current = null;
        setState({ status: error instanceof PublicApiError && error.status === 404 ? 'not-found' : 'error' });
      });
    return () => controller.abort();
  }, [nctId, lat, lon, attempt]);

  return state;
}
