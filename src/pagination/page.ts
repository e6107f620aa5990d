import type { ListEnvelope } from "../core/operation-table.js";
import { PaginationError } from "../errors/pagination-error.js";

/** One page of a list, whatever its shape on the wire. */
export interface Page<Item> {
  /** 1 for the first page read, 2 for the next, … */
  readonly number: number;
  /** The items on this page. */
  readonly items: Item[];
  /** The total the server reported (page objects only; never relied on). */
  readonly count: number | undefined;
  /** The next page's URL, as the server sent it, or null on the last page. */
  readonly next: string | null;
  /** The previous page's URL, or null. */
  readonly previous: string | null;
  /** HAL links (`self`, `first`, `last`, …) by name, for HAL lists. */
  readonly links: Readonly<Record<string, string>> | undefined;
  /** The raw response. */
  readonly response: Response;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const href = (v: unknown): string | null => (isObject(v) && typeof v.href === "string" ? v.href : null);
const url = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

/**
 * Reads a page in the shape the operation table names: `page` (`{count, next, previous, results}`),
 * `array` (the whole list, one page) or `hal` (`_embedded.<collection>`, `_links.next.href`).
 */
export function normalizePage<Item>(envelope: ListEnvelope, collection: string | undefined, data: unknown, response: Response, number: number): Page<Item> {
  const base = { number, response, count: undefined, next: null, previous: null, links: undefined };
  if (envelope === "array") {
    if (!Array.isArray(data)) throw shape(number, "a JSON array");
    return { ...base, items: data as Item[] };
  }
  if (!isObject(data)) throw shape(number, envelope === "page" ? "an object with results" : "a HAL object");
  if (envelope === "page") {
    const results = data.results ?? [];
    if (!Array.isArray(results)) throw shape(number, "results to be an array");
    return { ...base, items: results as Item[], count: typeof data.count === "number" ? data.count : undefined, next: url(data.next), previous: url(data.previous) };
  }
  const embedded = isObject(data._embedded) ? data._embedded : {};
  const items = collection ? (embedded[collection] ?? []) : [];
  if (!Array.isArray(items)) throw shape(number, `_embedded.${collection} to be an array`);
  const links: Record<string, string> = {};
  if (isObject(data._links)) for (const [name, link] of Object.entries(data._links)) if (href(link)) links[name] = href(link) as string;
  return { ...base, items: items as Item[], next: links.next ?? null, previous: links.previous ?? links.prev ?? null, links };
}

function shape(number: number, expected: string): PaginationError {
  return new PaginationError("shape", `page ${number} is not the list the spec promises: expected ${expected}`, number - 1);
}
