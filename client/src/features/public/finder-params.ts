// The trial finder's filters live in the query string (shareable links, back button). This file
// turns them into form values and API parameters, forgiving whatever a hand-edited URL holds.
import type { StudySearchQuery } from '@client/lib/public-api';

export const DEFAULT_STATUS = 'RECRUITING';
/** The "any status" choice in the URL; an absent `status` means the default (recruiting). */
export const ANY_STATUS = 'any';

export interface FinderFilters {
  q: string;
  age: string;
  status: string;
  /** What the visitor typed: a postal code or a city. */
  place: string;
  country: string;
  lat: number | null;
  lon: number | null;
}

export const emptyFilters: FinderFilters = { q: '', age: '', status: DEFAULT_STATUS, place: '', country: '', lat: null, lon: null };

function coordinate(value: string | null, limit: number): number | null {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && Math.abs(number) <= limit ? number : null;
}

/** Whole years 0–120; Arabic-Indic and Persian digits are accepted and stored as 0–9. */
export function normaliseAge(value: string): string {
  const digits = value
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\D/g, '')
    .slice(0, 3);
  if (digits === '') return '';
  return String(Math.min(Number(digits), 120));
}

export function parseFinderParams(params: URLSearchParams): FinderFilters {
  const lat = coordinate(params.get('lat'), 90);
  const lon = coordinate(params.get('lon'), 180);
  const country = (params.get('country') ?? '').trim().toUpperCase();
  return {
    q: (params.get('q') ?? '').trim(),
    age: normaliseAge(params.get('age') ?? ''),
    status: params.get('status')?.trim() || DEFAULT_STATUS,
    place: (params.get('place') ?? '').trim(),
    country: /^[A-Z]{2}$/.test(country) ? country : '',
    lat: lat !== null && lon !== null ? lat : null,
    lon: lat !== null && lon !== null ? lon : null,
  };
}

export function toFinderParams(filters: FinderFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.age !== '') params.set('age', filters.age);
  if (filters.status && filters.status !== DEFAULT_STATUS) params.set('status', filters.status);
  if (filters.lat !== null && filters.lon !== null) {
    params.set('lat', String(filters.lat));
    params.set('lon', String(filters.lon));
  } else if (filters.place.trim()) {
    params.set('place', filters.place.trim());
  }
  if (filters.country) params.set('country', filters.country);
  return params;
}

/** A postal code has a digit in it ("71515", "SW1A 1AA", "H2X 1Y4"); anything else is a city. */
export function splitPlace(place: string): { postalCode?: string; city?: string } {
  const value = place.trim();
  if (!value) return {};
  return /\d/.test(value) ? { postalCode: value } : { city: value };
}

/** The API query, once a typed place has been located (or not). */
export function toSearchQuery(filters: FinderFilters, origin: { lat: number; lon: number } | null): StudySearchQuery {
  const query: StudySearchQuery = {};
  if (filters.q) query.q = filters.q;
  if (filters.age) query.age = filters.age;
  if (filters.status !== ANY_STATUS) query.status = filters.status;
  if (origin) {
    query.lat = origin.lat;
    query.lon = origin.lon;
  } else if (filters.country) {
    // Without a position, the country narrows the results to studies with a site there.
    query.country = filters.country;
  }
  return query;
}

export function hasSearch(filters: FinderFilters): boolean {
  return Boolean(filters.q || filters.age || filters.place || filters.country || filters.lat !== null);
}
