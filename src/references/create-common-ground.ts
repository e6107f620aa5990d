import type { CommonGroundClient } from "../client/client-types.js";
import { ConfigError } from "../errors/config-error.js";
import { redactUrl } from "../errors/redact.js";
import { ReferenceRefusedError } from "../errors/reference-refused-error.js";
import type { ReferenceField, Referenced } from "./reference-fields.js";
import { type TtlCache, ttlCache } from "./ttl-cache.js";

type AnyClient = CommonGroundClient<any>;

/** Options of {@link createCommonGround}. */
export interface CommonGroundOptions {
  /** Origins (`https://example.nl`) whose URLs may be fetched without credentials when no client covers them. */
  readonly allowOrigins?: readonly string[];
  /**
   * A TTL cache of resolved references, one per client (so per credential). On by default for the
   * `catalogi` client (types change rarely), off elsewhere; `false` turns it off.
   * @default { ttlMs: 300_000, apis: ["catalogi"] }
   */
  readonly cache?: false | { readonly ttlMs?: number; readonly apis?: readonly string[] };
  /** How many references `resolveMany` fetches at once. @default 4 */
  readonly concurrency?: number;
  /** The fetch for allow-listed origins. @default globalThis.fetch */
  readonly fetch?: (input: Request) => Promise<Response>;
}

/** The container: the configured clients, and reference following across them. */
export type CommonGround<Clients extends Record<string, AnyClient>> = Clients & {
  /**
   * Fetches a URL reference with the client whose base URL is its longest prefix (and that
   * client's credentials). Pass the field name to get the result typed: `resolve(zaak.zaaktype, "zaaktype")`.
   */
  resolve<Field extends ReferenceField>(url: string, field: Field): Promise<Referenced<Clients, Field>>;
  resolve(url: string): Promise<unknown>;
  /** Resolves many URLs: duplicates are fetched once, at most `concurrency` at a time; results in input order. */
  resolveMany<Field extends ReferenceField>(urls: readonly string[], field: Field): Promise<Referenced<Clients, Field>[]>;
  resolveMany(urls: readonly string[]): Promise<unknown[]>;
};

/**
 * Holds configured clients, each with its own base URL and credentials, and follows the URL
 * references Common Ground APIs give each other (a zaak's `zaaktype` is a Catalogi URL, its
 * documents live in Documenten). A URL outside every client's base URL is refused with a
 * `ReferenceRefusedError` unless its origin is allow-listed (then it is fetched without credentials).
 *
 * @example
 * ```ts
 * import { createCommonGround } from "commonground-sdk";
 * import { createZakenClient } from "commonground-sdk/zaken";
 * import { createCatalogiClient } from "commonground-sdk/catalogi";
 * const cg = createCommonGround({ zaken: createZakenClient({ baseUrl: zakenUrl, auth }), catalogi: createCatalogiClient({ baseUrl: catalogiUrl, auth }) });
 * const zaaktype = await cg.resolve(zaak.zaaktype, "zaaktype"); // typed as Catalogi's ZaakType
 * ```
 */
export function createCommonGround<Clients extends Record<string, AnyClient>>(clients: Clients, options: CommonGroundOptions = {}): CommonGround<Clients> {
  const entries = Object.entries(clients);
  for (const [key, client] of entries) {
    if (typeof client?.getUrl !== "function" || typeof client.baseUrl !== "string") {
      throw new ConfigError("Invalid createCommonGround clients", [{ path: key, message: "must be a client made by a create…Client factory" }]);
    }
  }
  const allow = new Set((options.allowOrigins ?? []).map((o) => new URL(o).origin));
  const cacheOptions = options.cache === undefined ? { ttlMs: 300_000, apis: ["catalogi"] } : options.cache;
  const caches = new Map<string, TtlCache<unknown>>();
  if (cacheOptions) for (const api of cacheOptions.apis ?? ["catalogi"]) caches.set(api, ttlCache(cacheOptions.ttlMs ?? 300_000));
  // Longest base URL first, so the most specific client wins.
  const byBase = [...entries].sort((a, b) => b[1].baseUrl.length - a[1].baseUrl.length);
  const under = (url: string, base: string): boolean => url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`);

  const resolveOne = async (url: string): Promise<unknown> => {
    const match = byBase.find(([, client]) => under(url, client.baseUrl));
    if (match) {
      const [key, client] = match;
      const load = async () => (await client.getUrl(url)).data;
      const cache = caches.get(key);
      return cache ? cache.get(url, load) : load();
    }
    let origin: string | undefined;
    try {
      origin = new URL(url).origin;
    } catch {
      origin = undefined;
    }
    if (origin === undefined || !allow.has(origin)) {
      const shown = redactUrl(url);
      throw new ReferenceRefusedError(
        shown,
        `${shown} is not under any configured API (${entries.map(([k, c]) => `${k}: ${c.baseUrl}`).join(", ") || "none"}): configure a client for it, or allow its origin with allowOrigins (fetched without credentials)`,
      );
    }
    const response = await (options.fetch ?? globalThis.fetch)(new Request(url, { headers: { Accept: "application/json" } }));
    if (!response.ok) throw new ReferenceRefusedError(redactUrl(url), `${redactUrl(url)} → ${response.status}`);
    return response.json();
  };

  const resolveMany = async (urls: readonly string[]): Promise<unknown[]> => {
    const unique = [...new Set(urls)];
    const results = new Map<string, unknown>();
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < unique.length) {
        const url = unique[next++] as string;
        results.set(url, await resolveOne(url));
      }
    };
    const width = Math.max(1, Math.min(options.concurrency ?? 4, unique.length));
    await Promise.all(Array.from({ length: width }, worker));
    return urls.map((u) => results.get(u));
  };

  return Object.assign(Object.create(null), clients, { resolve: resolveOne, resolveMany }) as CommonGround<Clients>;
}
