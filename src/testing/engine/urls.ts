/**
 * Origin-agnostic URLs. Records are stored with their own URLs as paths (`/zaken/api/v1/zaken/<uuid>`)
 * and rendered with the origin of the request that reads them, so the same store serves msw handlers
 * (any origin) and the HTTP server (`http://127.0.0.1:<port>`).
 */
import { SERVED_APIS } from "./api-roots.js";

const ROOTS = SERVED_APIS.map((api) => `${api.root}/`);

/** Whether a path lies under one of the mock's API roots. */
export function isMockPath(path: string): boolean {
  return ROOTS.some((root) => path.startsWith(root));
}

/**
 * The canonical (stored) form of a URL: the path (and query) when its origin is one of `localOrigins`
 * and the path is under an API root; anything else unchanged.
 */
export function canonicalUrl(value: string, localOrigins: ReadonlySet<string>): string {
  if (!/^https?:\/\//i.test(value)) return value;
  try {
    const url = new URL(value);
    if (!localOrigins.has(url.origin) || !isMockPath(url.pathname)) return value;
    return `${url.pathname}${url.search}`;
  } catch {
    return value;
  }
}

/** Canonicalises every string in a JSON value (a request body). */
export function canonicalize(value: unknown, localOrigins: ReadonlySet<string>): unknown {
  if (typeof value === "string") return canonicalUrl(value, localOrigins);
  if (Array.isArray(value)) return value.map((v) => canonicalize(v, localOrigins));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonicalize(v, localOrigins)]));
  }
  return value;
}

/** Renders every canonical URL in a JSON value with `origin` (deep copy). */
export function render(value: unknown, origin: string): unknown {
  if (typeof value === "string") return value.startsWith("/") && isMockPath(value) ? `${origin}${value}` : value;
  if (Array.isArray(value)) return value.map((v) => render(v, origin));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, render(v, origin)]));
  }
  return value;
}
