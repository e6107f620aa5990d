/**
 * The mock's state: per API, per concrete collection path (`/zaken`, `/zaken/<uuid>/zaakeigenschappen`),
 * an insertion-ordered `Map<id, record>`. Records hold canonical URLs (see urls.ts).
 */

/** A stored record (plain JSON). */
export type MockRecord = Record<string, unknown>;

/** Seed data: per API id, per collection path, the records. A record's key is its `uuid`, else the last segment of its `url`, else a `$id` field (removed on insert). */
export type SeedData = Readonly<Record<string, Readonly<Record<string, readonly MockRecord[]>>>>;

/** The in-memory store. */
export class MockStore {
  readonly #collections = new Map<string, Map<string, MockRecord>>();
  #seed: SeedData[] = [];

  /** The records of one collection (created empty on first use). */
  collection(api: string, path: string): Map<string, MockRecord> {
    const key = `${api} ${path}`;
    let found = this.#collections.get(key);
    if (!found) {
      found = new Map();
      this.#collections.set(key, found);
    }
    return found;
  }

  /** Every collection of an API whose path matches `template` (`{x}` matches one segment). */
  collectionsLike(api: string, template: string): Map<string, MockRecord>[] {
    const pattern = new RegExp(`^${api} ${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    return [...this.#collections].filter(([key]) => pattern.test(key)).map(([, records]) => records);
  }

  /** Adds the data (kept, so `reset()` brings it back). */
  seed(data: SeedData): void {
    this.#seed.push(data);
    this.#insert(data);
  }

  /** Clears everything and inserts the seeds again. */
  reset(): void {
    this.#collections.clear();
    for (const data of this.#seed) this.#insert(data);
  }

  #insert(data: SeedData): void {
    for (const [api, collections] of Object.entries(data)) {
      for (const [path, records] of Object.entries(collections)) {
        const target = this.collection(api, path);
        for (const raw of records) {
          const { $id, ...record } = structuredClone(raw) as MockRecord & { $id?: unknown };
          const url = typeof record.url === "string" ? record.url.split("/").pop() : undefined;
          const id = String($id ?? record.uuid ?? url ?? target.size + 1);
          target.set(id, record);
        }
      }
    }
  }
}
