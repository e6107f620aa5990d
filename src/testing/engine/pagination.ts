/** List envelopes exactly as each operation declares them: page objects, bare arrays, HAL. */
import type { ListEnvelope } from "../../core/operation-table.js";
import { MockProblem } from "./problems.js";

/** Page size limits. */
const DEFAULT_PAGE = 100;
const DEFAULT_HAL_PAGE = 20;
const MAX_PAGE = 500;

/** Wraps rendered items in the operation's envelope; 404 for a page past the end. */
export function paginate(
  items: readonly unknown[],
  requestUrl: URL,
  options: { readonly envelope: ListEnvelope | undefined; readonly paged: boolean; readonly pageSize: boolean; readonly collection?: string | undefined },
): unknown {
  if (!options.paged || options.envelope === "array" || options.envelope === undefined) {
    return options.envelope === "page" ? { count: items.length, next: null, previous: null, results: items } : items;
  }
  const sizeParam = requestUrl.searchParams.get("pageSize");
  let size = options.envelope === "hal" ? DEFAULT_HAL_PAGE : DEFAULT_PAGE;
  if (options.pageSize && sizeParam !== null) {
    const n = Number(sizeParam);
    if (!Number.isInteger(n) || n < 1) throw new MockProblem(400, { invalidParams: [{ name: "pageSize", code: "invalid", reason: "Voer een geheel getal in." }] });
    size = Math.min(n, MAX_PAGE);
  }
  const pageParam = requestUrl.searchParams.get("page");
  const page = pageParam === null ? 1 : Number(pageParam);
  const pages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new MockProblem(404, { detail: "Ongeldige pagina." });
  const link = (n: number): string => {
    const url = new URL(requestUrl);
    url.searchParams.set("page", String(n));
    return url.href;
  };
  const results = items.slice((page - 1) * size, page * size);
  const next = page < pages ? link(page + 1) : null;
  const previous = page > 1 ? link(page - 1) : null;
  if (options.envelope === "hal") {
    const links: Record<string, { href: string }> = { self: { href: requestUrl.href } };
    if (next) links.next = { href: next };
    if (previous) links.previous = { href: previous };
    return { _links: links, _embedded: { [options.collection ?? "items"]: results } };
  }
  return { count: items.length, next, previous, results };
}
