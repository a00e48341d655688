/** A Map with a size cap that forgets the least recently used entry first. Keeps caches bounded. */
export class Lru<K, V> {
  // Entries keep the key they were stored under: re-inserting on a hit with the caller's (equal) key
  // would swap a stored copy for the caller's string, which may be a view on a whole document.
  private readonly map = new Map<K, { key: K; value: V }>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (entry === undefined) return undefined;
    // Re-insert so that iteration order is least recently used first.
    this.map.delete(key);
    this.map.set(entry.key, entry);
    return entry.value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, { key, value });
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
  }

  /** Forgets the least recently used entries until at most `size` remain. */
  trim(size: number): void {
    for (const key of this.map.keys()) {
      if (this.map.size <= size) break;
      this.map.delete(key);
    }
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
