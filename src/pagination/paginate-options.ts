/** Progress after each page. */
export interface PaginateProgress {
  /** Pages read so far. */
  readonly pages: number;
  /** Items read so far. */
  readonly items: number;
  /** The total the server reported on the first page, when it did (page objects only). */
  readonly total?: number;
}

/** Options of `client.paginate()`. */
export interface PaginateOptions {
  /**
   * Pages fetched at once when the first page has `count` and its `next` carries `page=N`;
   * items still come out in order, and at most this many pages are held. `1` is sequential.
   * @default 4
   */
  readonly concurrency?: number;
  /** More pages than this ends with a `PaginationError` (`reason: "max-pages"`). @default 1000 */
  readonly maxPages?: number;
  /** Stops the walk (and pages in flight) when aborted. */
  readonly signal?: AbortSignal;
  /** Called after every page. */
  readonly onProgress?: (progress: PaginateProgress) => void;
}

/** The defaults of {@link PaginateOptions}. */
export const PAGINATE_DEFAULTS = { concurrency: 4, maxPages: 1000 } as const;
