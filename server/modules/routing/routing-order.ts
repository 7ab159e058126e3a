// Pieces of the routing decision that are pure arithmetic: distances, language subtags and the
// deterministic order of candidates (distance, with near-equal distances broken by load). Written
// for studies with thousands of sites: index arrays and typed-array sorts, no per-site objects.
import type { RoutingCandidate } from "./route-inquiry";

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;
/** Distances this close count as equal; the tie is broken by open inquiries, then name, then id. */
export const TIE_KM = 0.5;
const TIE_M = TIE_KM * 1000;

/** Great-circle distance in km (haversine, mean Earth radius). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distances in km from one point to every candidate (NaN where a site has no coordinates). */
export function distancesFrom(lat: number, lon: number, candidates: RoutingCandidate[]): Float64Array {
  const out = new Float64Array(candidates.length);
  const cosLat = Math.cos(lat * RAD);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.lat === null || c.lon === null) {
      out[i] = NaN;
      continue;
    }
    const sinLat = Math.sin((c.lat - lat) * RAD / 2);
    const sinLon = Math.sin((c.lon - lon) * RAD / 2);
    const h = sinLat * sinLat + cosLat * Math.cos(c.lat * RAD) * sinLon * sinLon;
    out[i] = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
  return out;
}

// Language tags repeat a lot ("ar", "en-GB"...): remember their primary subtag.
const primaryCache = new Map<string, string>();
/** "ar-EG" -> "ar", "EN" -> "en". */
export function primarySubtag(tag: string): string {
  let p = primaryCache.get(tag);
  if (p === undefined) {
    p = tag.trim().toLowerCase().split(/[-_]/, 1)[0] ?? "";
    if (primaryCache.size < 10_000) primaryCache.set(tag, p);
  }
  return p;
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Fewest open inquiries, then name, then id: the tie-break after distance. */
export function byLoad(candidates: RoutingCandidate[]): (a: number, b: number) => number {
  return (a, b) => {
    const x = candidates[a]!;
    const y = candidates[b]!;
    return x.openInquiries - y.openInquiries || cmpStr(x.name, y.name) || cmpStr(x.siteId, y.siteId);
  };
}

// Scratch buffers for the radix sort, grown as needed: routing is synchronous, so one set serves
// every call without allocating per decision.
let scratch = { idx: new Uint32Array(1024), keys: new Uint32Array(1024), idx2: new Uint32Array(1024), keys2: new Uint32Array(1024) };
const count = new Uint32Array(257);

/**
 * Site indices ordered by an unsigned 32-bit integer key (`keys[i]` for site i), stable: an LSD
 * radix sort, 8 bits a pass. Comparison sorts of 1,000 items cost more than all the rest of a
 * routing decision.
 */
function sortByKey(indices: number[], keys: Uint32Array): number[] {
  const n = indices.length;
  if (scratch.idx.length < n) {
    const size = 2 ** Math.ceil(Math.log2(n));
    scratch = { idx: new Uint32Array(size), keys: new Uint32Array(size), idx2: new Uint32Array(size), keys2: new Uint32Array(size) };
  }
  let { idx, keys: k1, idx2, keys2: k2 } = scratch;
  let max = 0;
  for (let k = 0; k < n; k++) {
    const i = indices[k]!;
    idx[k] = i;
    const key = keys[i]!;
    k1[k] = key;
    if (key > max) max = key;
  }
  for (let shift = 0; shift < 32 && max >>> shift > 0; shift += 8) {
    count.fill(0);
    for (let k = 0; k < n; k++) count[((k1[k]! >>> shift) & 255) + 1]!++;
    for (let b = 1; b < 257; b++) count[b]! += count[b - 1]!;
    for (let k = 0; k < n; k++) {
      const p = count[(k1[k]! >>> shift) & 255]!++;
      idx2[p] = idx[k]!;
      k2[p] = k1[k]!;
    }
    [idx, idx2] = [idx2, idx];
    [k1, k2] = [k2, k1];
  }
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) out[k] = idx[k]!;
  return out;
}

/**
 * Walks `order` (sorted by `keys`) in runs whose keys lie within `span` of the run's first and
 * orders each run by `tie`. Returns the length of the first run.
 */
function sortRuns(order: number[], keys: Uint32Array, span: number, tie: (a: number, b: number) => number): number {
  let firstRun = 0;
  for (let i = 0; i < order.length; ) {
    const limit = keys[order[i]!]! + span;
    let j = i + 1;
    while (j < order.length && keys[order[j]!]! <= limit) j++;
    if (j - i > 1) {
      const run = order.slice(i, j).sort(tie);
      for (let k = 0; k < run.length; k++) order[i + k] = run[k]!;
    }
    if (i === 0) firstRun = j;
    i = j;
  }
  return firstRun;
}

/**
 * Orders site indices by distance (whole metres, see toMetres); runs of sites within TIE_KM of
 * the run's nearest site are ordered by load instead. Returns the order and how many sites share
 * the first place.
 */
export function orderByDistance(indices: number[], metres: Uint32Array, candidates: RoutingCandidate[]): { order: number[]; firstRun: number } {
  const order = sortByKey(indices, metres);
  const firstRun = sortRuns(order, metres, TIE_M, byLoad(candidates));
  return { order, firstRun };
}

/** Open inquiries of each candidate as sort keys for orderByLoad. */
export function openKeys(candidates: RoutingCandidate[]): Uint32Array {
  const out = new Uint32Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) out[i] = Math.max(0, Math.min(2 ** 32 - 1, Math.floor(candidates[i]!.openInquiries)));
  return out;
}

/** Orders site indices by open inquiries, then name, then id (`open` from openKeys). */
export function orderByLoad(indices: number[], open: Uint32Array, candidates: RoutingCandidate[]): number[] {
  const order = sortByKey(indices, open);
  sortRuns(order, open, 0, byLoad(candidates));
  return order;
}

/** Distances in whole metres (the order never depends on the input order), 0 where unknown. */
export function toMetres(km: Float64Array): Uint32Array {
  const out = new Uint32Array(km.length);
  for (let i = 0; i < km.length; i++) out[i] = Number.isNaN(km[i]!) ? 0 : Math.round(km[i]! * 1000);
  return out;
}

/** Whether a language tag's primary subtag is `primary` (lowercase), without allocating. */
export function hasPrimary(tag: string, primary: string): boolean {
  const n = primary.length;
  if (tag.length < n) return false;
  if (tag.length > n) {
    const next = tag.charCodeAt(n);
    if (next !== 45 && next !== 95) return false; // "-" or "_"
  }
  for (let i = 0; i < n; i++) {
    let c = tag.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== primary.charCodeAt(i)) return false;
  }
  return true;
}
