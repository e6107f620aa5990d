import { ConfigError } from "../errors/config-error.js";
import { type PageSource, iteratePages } from "./iterate-pages.js";
import type { Page } from "./page.js";
import type { PaginateOptions } from "./paginate-options.js";

/** What `client.paginate()` returns: the items in order, or the pages, or a bounded array. */
export interface PageIterable<Item> extends AsyncIterable<Item> {
  /** Each page with its metadata (count, next, previous, HAL links, the response). */
  byPage(): AsyncIterableIterator<Page<Item>>;
  /** Collects at most `maxItems` items (required: lists can be very long), then stops fetching. */
  toArray(options: { readonly maxItems: number }): Promise<Item[]>;
}

/**
 * Builds the iterable over one list. Nothing is fetched until it is iterated; every iteration
 * starts from the first page again.
 */
export function pageIterable<Item>(source: PageSource, options: PaginateOptions = {}): PageIterable<Item> {
  const byPage = (): AsyncIterableIterator<Page<Item>> => iteratePages<Item>(source, options);
  return {
    byPage,
    async *[Symbol.asyncIterator]() {
      for await (const page of byPage()) yield* page.items;
    },
    async toArray({ maxItems } = { maxItems: Number.NaN }) {
      if (!Number.isInteger(maxItems) || maxItems < 1) {
        throw new ConfigError("Invalid toArray options", [{ path: "maxItems", message: "is required: a whole number ≥ 1, the most items you want in memory" }]);
      }
      const out: Item[] = [];
      for await (const page of byPage()) {
        for (const item of page.items) {
          out.push(item);
          if (out.length >= maxItems) return out;
        }
      }
      return out;
    },
  };
}
