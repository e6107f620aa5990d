import { CommonGroundError } from "./common-ground-error.js";

/**
 * A list could not be walked safely: a `next` link seen before (a loop), more pages than `maxPages`,
 * or a page that is not the list shape the spec promises.
 */
export class PaginationError extends CommonGroundError {
  /** What went wrong: `loop`, `max-pages` or `shape`. */
  readonly reason: "loop" | "max-pages" | "shape";
  /** Pages read before it happened. */
  readonly pages: number;

  constructor(reason: "loop" | "max-pages" | "shape", message: string, pages: number) {
    super("pagination", message);
    this.name = "PaginationError";
    this.reason = reason;
    this.pages = pages;
  }
}
