import type { ListEnvelope } from "../core/operation-table.js";
import { PaginationError } from "../errors/pagination-error.js";
import { type Page, normalizePage } from "./page.js";
import { PAGINATE_DEFAULTS, type PaginateOptions } from "./paginate-options.js";

/** Where pages come from: the list's shape and a fetch of the first page (`url` undefined) or a `next` URL. */
export interface PageSource {
  readonly envelope: ListEnvelope;
  readonly collection: string | undefined;
  fetch(url: string | undefined, signal: AbortSignal | undefined): Promise<{ data: unknown; response: Response }>;
}

/** The `page` number a `next` URL asks for, when it carries one. */
function pageNumber(next: string): number | undefined {
  try {
    const value = new URL(next).searchParams.get("page");
    return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
  } catch {
    return undefined;
  }
}

function withPage(next: string, page: number): string {
  const url = new URL(next);
  url.searchParams.set("page", String(page));
  return url.toString();
}

/**
 * Walks a list page by page. `next` is followed as an opaque URL and `count` is never relied on for
 * correctness; a `next` seen before or more than `maxPages` pages end with a `PaginationError`.
 * When the first page has `count` and `next` carries `page=N`, the remaining pages are fetched
 * `concurrency` at a time, yielded in order; after a failed page it goes on sequentially.
 */
export async function* iteratePages<Item>(source: PageSource, options: PaginateOptions = {}): AsyncGenerator<Page<Item>, void, undefined> {
  const maxPages = options.maxPages ?? PAGINATE_DEFAULTS.maxPages;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? PAGINATE_DEFAULTS.concurrency));
  const seen = new Set<string>();
  let pages = 0;
  let items = 0;
  let total: number | undefined;
  const read = async (url: string | undefined, signal: AbortSignal | undefined): Promise<Page<Item>> => {
    options.signal?.throwIfAborted();
    const { data, response } = await source.fetch(url, signal);
    return normalizePage<Item>(source.envelope, source.collection, data, response, pages + 1);
  };
  const accept = (page: Page<Item>): Page<Item> => {
    pages++;
    items += page.items.length;
    options.onProgress?.(total === undefined ? { pages, items } : { pages, items, total });
    return page;
  };
  const follow = (next: string): void => {
    if (seen.has(next)) throw new PaginationError("loop", `the list repeats a next link it gave before (after ${pages} pages): stopped instead of looping`, pages);
    if (pages >= maxPages) throw new PaginationError("max-pages", `the list has more than maxPages (${maxPages}) pages: raise maxPages or narrow the query`, pages);
    seen.add(next);
  };

  const firstPage = await read(undefined, options.signal);
  total = firstPage.count;
  let page = accept(firstPage);
  yield page;
  let next = page.next;
  const start = next ? pageNumber(next) : undefined;
  if (next && concurrency > 1 && page.count !== undefined && page.items.length > 0 && start !== undefined) {
    const last = Math.ceil(page.count / page.items.length);
    const pagesOfList = inParallel<Item>(next, start, Math.min(last, start + maxPages), concurrency, read, options.signal);
    let failed: number | undefined;
    try {
      for (;;) {
        const step = await pagesOfList.next();
        if (step.done) {
          failed = step.value;
          break;
        }
        follow(withPage(next, step.value.number));
        page = accept({ ...step.value, number: pages + 1 });
        yield page;
      }
    } finally {
      await pagesOfList.return(undefined);
    }
    next = failed === undefined ? page.next : withPage(next, failed);
  }
  while (next) {
    follow(next);
    page = accept(await read(next, options.signal));
    yield page;
    next = page.next;
  }
}

/**
 * Fetches pages `from`…`to` of a page-numbered list, at most `concurrency` at a time, and yields them
 * in order (each with `number` set to its page number). Returns the first page number that failed,
 * if one did; pages still in flight are aborted when the walk stops.
 */
async function* inParallel<Item>(
  next: string,
  from: number,
  to: number,
  concurrency: number,
  read: (url: string, signal: AbortSignal | undefined) => Promise<Page<Item>>,
  signal: AbortSignal | undefined,
): AsyncGenerator<Page<Item>, number | undefined, undefined> {
  const controller = new AbortController();
  const linked = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
  const window: { number: number; page: Promise<Page<Item>> }[] = [];
  let scheduled = from;
  const schedule = (): void => {
    while (window.length < concurrency && scheduled <= to) {
      const number = scheduled++;
      const page = read(withPage(next, number), linked).then((p) => ({ ...p, number }));
      page.catch(() => undefined); // handled when its turn comes
      window.push({ number, page });
    }
  };
  try {
    schedule();
    while (window.length > 0) {
      const head = window.shift() as { number: number; page: Promise<Page<Item>> };
      let page: Page<Item>;
      try {
        page = await head.page;
      } catch (error) {
        signal?.throwIfAborted();
        if (error instanceof PaginationError) throw error;
        return head.number;
      }
      yield page;
      if (page.next === null) return undefined;
      schedule();
    }
    return undefined;
  } finally {
    controller.abort();
  }
}
