// Where the visitor said they are, remembered for this tab only (sessionStorage), so the study
// page opened from the finder already shows distances and the nearest center. Never sent
// anywhere but our own API, never put in a URL by this module.
import type { GeoPoint } from '@client/lib/public-api';

export interface StudyOrigin extends GeoPoint {
  /** Text shown to the visitor: "Assiut, Egypt" or "your current location". */
  label: string | null;
  /** How the place was given: typed (and located by our server) or from the browser. */
  source: 'typed' | 'browser';
  postalCode?: string;
  city?: string;
  country?: string;
}

const key = 'trialconnect.origin';

export function readOrigin(): StudyOrigin | null {
  try {
    const raw = window.sessionStorage.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<StudyOrigin>;
    if (typeof value.lat !== 'number' || typeof value.lon !== 'number') return null;
    if (value.source !== 'typed' && value.source !== 'browser') return null;
    return value as StudyOrigin;
  } catch {
    return null;
  }
}

export function rememberOrigin(origin: StudyOrigin | null): void {
  try {
    if (origin) window.sessionStorage.setItem(key, JSON.stringify(origin));
    else window.sessionStorage.removeItem(key);
  } catch {
    // Storage may be unavailable; the origin then lasts as long as the page.
  }
}

/** Two decimals (about 1 km): precise enough for distances, less revealing in a shared link. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 100) / 100;
}
