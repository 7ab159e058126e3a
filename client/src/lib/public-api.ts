// Typed helpers for the public JSON API (docs/public-api.md). Plain fetch, no tRPC or React
// Query, so the public pages stay small.
import type { PublicInquiryCreated, PublicInquiryInput } from '@shared/schemas/public-inquiry';

export type StudyStatusCode =
  | 'NOT_YET_RECRUITING'
  | 'RECRUITING'
  | 'ENROLLING_BY_INVITATION'
  | 'ACTIVE_NOT_RECRUITING'
  | 'SUSPENDED'
  | 'TERMINATED'
  | 'COMPLETED'
  | 'WITHDRAWN'
  | 'UNKNOWN';

export type SexCode = 'ALL' | 'FEMALE' | 'MALE';

export interface NearestSite {
  id: string;
  name: string;
  city: string;
  country: string;
  distanceKm: number | null;
}

export interface StudySummary {
  nctId: string;
  title: string;
  overallStatus: StudyStatusCode;
  minimumAge: string | null;
  maximumAge: string | null;
  minAgeMonths: number | null;
  maxAgeMonths: number | null;
  sex: SexCode;
  phases: string[];
  conditions: string[];
  briefSummary: string;
  sponsor: string | null;
  lastUpdatePostedAt: string | null;
  sitesCount: number;
  recruitingSitesCount: number;
  languages: string[];
  nearestSite: NearestSite | null;
}

export interface StudySite {
  id: string;
  name: string;
  city: string;
  state: string | null;
  countryCode: string;
  latitude: number | null;
  longitude: number | null;
  distanceKm: number | null;
  languages: string[];
  recruitmentStatus: string;
  acceptingInquiries: boolean;
  primaryContactName: string | null;
}

export interface StudyDetail {
  nctId: string;
  title: string;
  officialTitle: string | null;
  acronym: string | null;
  overallStatus: StudyStatusCode;
  phases: string[];
  studyType: string | null;
  minimumAge: string | null;
  maximumAge: string | null;
  minAgeMonths: number | null;
  maxAgeMonths: number | null;
  sex: SexCode;
  healthyVolunteers: boolean | null;
  briefSummary: string;
  detailedDescription: string;
  inclusionCriteria: string[];
  exclusionCriteria: string[];
  conditions: string[];
  keywords: string[];
  sponsor: string | null;
  collaborators: string[];
  lastUpdatePostedAt: string | null;
  faqs: Array<{ question: string; answer: string }>;
  sites: StudySite[];
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface LocatedPlace extends GeoPoint {
  countryCode: string;
  label: string;
  source: 'POSTAL_CODE' | 'CITY';
}

export interface ApiFieldError {
  path: string;
  message: string;
}

/** A request that got an answer other than 2xx, or none at all (`status` 0). */
export class PublicApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ApiFieldError[],
    /** Seconds from the Retry-After header of a 429. */
    readonly retryAfter: number | null = null,
  ) {
    super(errors[0]?.message ?? `HTTP ${status}`);
    this.name = 'PublicApiError';
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

type Query = Record<string, string | number | null | undefined>;

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new PublicApiError(0, []);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const errors =
      body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)
        ? ((body as { errors: ApiFieldError[] }).errors ?? [])
        : [];
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new PublicApiError(response.status, errors, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
  }
  return body as T;
}

const postJson = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers,
});

export interface StudySearchQuery {
  q?: string;
  condition?: string;
  age?: string;
  status?: string;
  country?: string;
  lat?: number;
  lon?: number;
}

export async function searchStudies(query: StudySearchQuery, signal?: AbortSignal): Promise<StudySummary[]> {
  const result = await request<{ studies: StudySummary[] }>(withQuery('/api/public/studies', { ...query }), { signal });
  return result.studies;
}

export function getStudy(nctId: string, origin: GeoPoint | null, signal?: AbortSignal): Promise<StudyDetail> {
  return request<StudyDetail>(
    withQuery(`/api/public/studies/${encodeURIComponent(nctId)}`, { lat: origin?.lat, lon: origin?.lon }),
    { signal },
  );
}

export interface LocateQuery {
  postalCode?: string;
  city?: string;
  country?: string;
}

export async function locate(query: LocateQuery, signal?: AbortSignal): Promise<LocatedPlace | null> {
  const result = await request<{ location: LocatedPlace | null }>(withQuery('/api/public/locate', { ...query }), { signal });
  return result.location;
}

/** The web form also sends the honeypot and the time it was shown (docs/public-api.md). */
export type InquiryRequest = PublicInquiryInput;

// The partner key of the embedded form (features/inquiry-form/embed-page.tsx), sent with its inquiries.
let partnerKey: string | null = null;
export function setPartnerKey(key: string | null): void {
  partnerKey = key;
}

export function submitInquiry(nctId: string, body: InquiryRequest, idempotencyKey: string): Promise<PublicInquiryCreated> {
  return request<PublicInquiryCreated>(
    `/api/public/studies/${encodeURIComponent(nctId)}/inquiries`,
    postJson(body, { 'Idempotency-Key': idempotencyKey, ...(partnerKey ? { 'X-Partner-Key': partnerKey } : {}) }),
  );
}

export interface ShareRequest {
  friendEmail: string;
  language: string;
  /** Letters only (shared/schemas/share-study.ts); "someone" in the e-mail when left out. */
  senderFirstName?: string;
}

export async function shareStudy(nctId: string, body: ShareRequest): Promise<void> {
  await request<unknown>(`/api/public/studies/${encodeURIComponent(nctId)}/share`, postJson(body));
}

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
}

export interface SealedNotes {
  ciphertext: string;
  iv: string;
  salt: string;
  kdfParams: KdfParams;
}

export function createSharedNotes(
  body: SealedNotes & { expiresInDays: number; nctId?: string },
): Promise<{ slug: string; expiresAt: string }> {
  return request(`/api/public/notes`, postJson(body));
}

export function getSharedNotes(slug: string, signal?: AbortSignal): Promise<SealedNotes & { expiresAt: string; nctId: string | null }> {
  return request(`/api/public/notes/${encodeURIComponent(slug)}`, { signal });
}

/** A random UUID, also where crypto.randomUUID is missing (plain-http pages outside localhost). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
