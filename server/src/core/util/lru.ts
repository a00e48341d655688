/** A Map with a size cap that forgets the least recently used entries first. Keeps caches bounded. */
export class Lru<K, V> {
  // Entries keep the key they were stored under: storing again on a hit with the caller's (equal) key
  // would swap a stored copy for the caller's string, which may be a view on a whole document.
  // A hit only stamps its entry: moving it to the end of the map on every hit cost a deletion and an
  // insertion, hundreds of times per keystroke. Order by stamp is only needed to forget.
  private readonly map = new Map<K, { key: K; value: V; used: number }>();
  private clock = 0;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (entry === undefined) return undefined;
    entry.used = ++this.clock;
    return entry.value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, { key, value, used: ++this.clock });
    // Over capacity, forget an eighth at once: one sort per many insertions.
    if (this.map.size > this.capacity) this.trim(this.capacity - (this.capacity >> 3));
  }

  /** Forgets the least recently used entries until at most `size` remain. */
  trim(size: number): void {
    const excess = this.map.size - Math.max(0, size);
    if (excess <= 0) return;
    // After a keystroke a cache is usually over by an entry or two: a pass per entry beats a sort.
    if (excess <= 4) {
      for (let k = 0; k < excess; k++) {
        let oldest: K | undefined;
        let stamp = Infinity;
        for (const [key, entry] of this.map) {
          if (entry.used < stamp) {
            stamp = entry.used;
            oldest = key;
          }
        }
        this.map.delete(oldest as K);
      }
      return;
    }
    const stamps = Array.from(this.map.values(), (e) => e.used).sort((a, b) => a - b);
    // Stamps are unique: everything at or below the excess-th oldest goes.
    const last = stamps[excess - 1];
    for (const [key, entry] of this.map) if (entry.used <= last) this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }
}

/**
 * A copy of `s` that does not keep the string it was sliced from alive. V8 represents a substring as a
 * view on its parent: a cache keyed by a 20-character sentence of a 5 MB document would otherwise hold
 * the whole document, once per edit. Concatenating and slicing forces a flat copy.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
