// A small in-process cache for what the intake reads on every request but admins change rarely
// (a study and its sites, settings, templates). Entries live `ttlMs`; concurrent misses for one
// key share a single load, so an expiry under load costs one query, not fifty.

export type TtlCache<K, V> = { get(key: K): Promise<V>; clear(): void };

export function ttlCache<K, V>(ttlMs: number, load: (key: K) => Promise<V>, maxEntries = 1000): TtlCache<K, V> {
  const entries = new Map<K, { at: number; value: Promise<V> }>();
  return {
    get(key) {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && now - hit.at < ttlMs) return hit.value;
      if (entries.size >= maxEntries) entries.clear();
      const value = load(key);
      entries.set(key, { at: now, value });
      // A failed load is not remembered: the next request tries again.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear: () => entries.clear(),
  };
}
