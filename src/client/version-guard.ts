/**
 * The `apiVersion` guard: refuses, before anything is sent, an operation or query parameter the
 * configured version of an API lacks. Loaded only by clients created with `apiVersion`, through the
 * generated `versions.js` of the API (a lazy chunk), so that clients without it carry none of this.
 */
// Types only: this module is a lazy chunk, and the error classes come from the client that loads it,
// so the chunk shares no module with the entry (bundlers would otherwise split one out for both).
import type { CommonGroundError } from "../errors/common-ground-error.js";
import type { ConfigError } from "../errors/config-error.js";
import type { UnsupportedByVersionError } from "../errors/unsupported-by-version-error.js";

/** The SDK's `ConfigError` class, handed in by the client (its base class is `CommonGroundError`). */
export type ConfigErrorClass = typeof ConfigError;

/**
 * The request surfaces of every registered variant of one API, compact: names are listed once and
 * referred to by index. Written by the generator into `src/generated/<id>/versions.ts`.
 */
export interface VersionFacts {
  /** The API's title, for messages: `Zaken API`. */
  readonly api: string;
  /** Every query parameter name of any variant, sorted. */
  readonly params: readonly string[];
  /** Every operation of any variant, `"METHOD /path/template"`, sorted. */
  readonly ops: readonly string[];
  /** The distinct query parameter lists, as indexes into `params`. */
  readonly sets: readonly (readonly number[])[];
  /**
   * Per variant, oldest version first: `[variant, version, surface]`, where `surface[i]` is the index
   * into `sets` of operation `ops[i]`'s query parameters, or -1 when the variant lacks the operation.
   */
  readonly variants: readonly (readonly [variant: string, version: string, surface: readonly number[]])[];
}

/** What the guard reads of a call: openapi-fetch's init (`params.query`, and `baseUrl` for an absolute URL). */
export interface GuardedInit {
  readonly params?: { readonly query?: unknown } | undefined;
  readonly baseUrl?: unknown;
}

/**
 * Checks one call; throws an {@link UnsupportedByVersionError} when the configured version lacks the
 * operation or one of the query parameters. `path` is the path template openapi-fetch was given, or
 * `""` for a call to an absolute URL (`getUrl`, a `next` page), which is in `init.baseUrl`.
 */
export type VersionCheck = (method: string, path: string, init: GuardedInit | undefined) => void;

/** What a generated `versions.js` module exports: the loader `createApiClient` takes returns it. */
export interface VersionsModule {
  /** The guard for a client of `baseUrl` configured with `apiVersion`; throws a ConfigError for an unknown version. */
  readonly versionGuard: (apiVersion: string, baseUrl: string, config: ConfigErrorClass) => VersionCheck;
}

/**
 * Finds the registered variant `apiVersion` names: the variant itself, else the one variant of that
 * version, else (several variants of that version) the standard one, whose variant is the version.
 * Returns its index in `facts.variants`; throws a {@link ConfigError} listing the variants otherwise.
 */
export function resolveVariant(facts: VersionFacts, apiVersion: string, Config: ConfigErrorClass): number {
  const exact = facts.variants.findIndex(([variant]) => variant === apiVersion);
  if (exact >= 0) return exact;
  const same = facts.variants.flatMap(([, version], i) => (version === apiVersion ? [i] : []));
  if (same.length === 1) return same[0] as number;
  const all = facts.variants.map(([variant]) => variant).join(", ");
  const message =
    same.length === 0
      ? `"${apiVersion}" is not a registered version of ${facts.api}: use one of ${all}`
      : `"${apiVersion}" matches several variants of ${facts.api} (${same.map((i) => facts.variants[i]?.[0]).join(", ")}): name one of them`;
  throw new Config(`Invalid options for the ${facts.api} client`, [{ path: "apiVersion", message }]);
}

/** The pattern an API-relative path of template `op` (`"GET /zaken/{uuid}"`) matches. */
function patternOf(op: string): RegExp {
  const template = op.slice(op.indexOf(" ") + 1);
  return new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "[^/]+")}/?$`);
}

/**
 * The operation (of any variant) an API-relative path matches, as an index into `facts.ops`, or -1:
 * a literal match first, then the template with the fewest placeholders. Patterns are compiled once.
 */
function templateOf(facts: VersionFacts, patterns: Map<number, RegExp>, method: string, path: string): number {
  let best = -1;
  let bestHoles = Number.POSITIVE_INFINITY;
  const prefix = `${method} `;
  facts.ops.forEach((op, i) => {
    if (!op.startsWith(prefix)) return;
    const holes = op.split("{").length - 1;
    if (holes >= bestHoles) return;
    let pattern = patterns.get(i);
    if (!pattern) {
      pattern = patternOf(op);
      patterns.set(i, pattern);
    }
    if (pattern.test(path)) {
      best = i;
      bestHoles = holes;
    }
  });
  return best;
}

/** The query parameter names a call sends (openapi-fetch leaves out undefined and null values). */
function queryKeys(init: GuardedInit | undefined): string[] {
  const query = init?.params?.query;
  if (typeof query !== "object" || query === null) return [];
  return Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key]) => key);
}

/**
 * The guard for a client configured with `apiVersion`: resolves the version (a {@link ConfigError}
 * listing the variants when it is unknown), then checks each call. A call with a path template is
 * checked for the operation and every query parameter; a call to an absolute URL under `baseUrl`
 * (`getUrl`, a `next` page) only for the operation its path matches, since its query string is
 * the server's own (a `next` link) or opaque to the SDK.
 *
 * @example
 * ```ts
 * const check = versionGuard(facts, "1.5.1", "https://open-zaak.example.nl/zaken/api/v1");
 * check("GET", "/zaken", { params: { query: { pageSize: 10 } } }); // throws UnsupportedByVersionError
 * ```
 */
export function versionGuard(facts: VersionFacts, apiVersion: string, baseUrl: string, Config: ConfigErrorClass): VersionCheck {
  const chosen = resolveVariant(facts, apiVersion, Config);
  const Base = Object.getPrototypeOf(Config) as typeof CommonGroundError;
  const [variant, , surface] = facts.variants[chosen] as VersionFacts["variants"][number];
  const opIndex = new Map(facts.ops.map((op, i) => [op, i]));
  const paramIndex = new Map(facts.params.map((name, i) => [name, i]));
  const patterns = new Map<number, RegExp>();
  const shown = `${facts.api} ${variant} (apiVersion${variant === apiVersion ? "" : ` "${apiVersion}"`})`;
  /** The variants whose surface passes `has`, by the index of their set of query parameters (or -1). */
  const availableIn = (op: number, has: (set: number) => boolean): string[] =>
    facts.variants.filter(([, , s]) => has(s[op] ?? -1)).map(([name]) => name);
  const refuse = (operation: string, op: number, parameter: string | undefined, has: (set: number) => boolean): never => {
    const found = op < 0 ? [] : availableIn(op, has);
    const what = parameter === undefined ? operation : `${operation}: query parameter "${parameter}"`;
    const where = found.length > 0 ? `it is in ${found.join(", ")}` : `it is in no registered version of ${facts.api}`;
    const advice = parameter === undefined ? "Do not call it" : "Remove it";
    // An UnsupportedByVersionError (its class recognises it by name and kind), built on the base class.
    const error = new Base("config", `${what} is not in ${shown}; ${where}. ${advice}${found.length > 0 ? ", or set apiVersion to a version that has it" : ""}.`);
    throw Object.assign(error, { name: "UnsupportedByVersionError", apiVersion, variant, operation, parameter, availableIn: found }) as UnsupportedByVersionError;
  };
  return (method, path, init) => {
    const upper = method.toUpperCase();
    if (path === "") {
      // An absolute URL: only the operation its path matches is checked.
      const url = init?.baseUrl;
      if (typeof url !== "string" || !url.startsWith(baseUrl)) return;
      const op = templateOf(facts, patterns, upper, url.slice(baseUrl.length).split(/[?#]/, 1)[0] ?? "");
      const operation = facts.ops[op];
      if (operation !== undefined && (surface[op] ?? -1) < 0) refuse(operation, op, undefined, (set) => set >= 0);
      return;
    }
    const operation = `${upper} ${path}`;
    const op = opIndex.get(operation) ?? -1;
    const set = op < 0 ? -1 : (surface[op] ?? -1);
    if (set < 0) refuse(operation, op, undefined, (s) => s >= 0);
    const allowed = facts.sets[set] ?? [];
    for (const key of queryKeys(init)) {
      const index = paramIndex.get(key) ?? -1;
      if (!allowed.includes(index)) refuse(operation, op, key, (s) => s >= 0 && index >= 0 && (facts.sets[s] ?? []).includes(index));
    }
  };
}
