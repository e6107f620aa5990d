import createClient from "openapi-fetch";
import type { HttpMethod } from "openapi-typescript-helpers";
import { type ClientOptions, resolveClientOptions } from "./client-options.js";
import type { CommonGroundClient, PathsLike } from "./client-types.js";
import type { OperationTable } from "./operation-table.js";
import { type InitLike, applyRequestDefaults } from "./request-defaults.js";

export type { ClientOptions, FetchLike } from "./client-options.js";
export type { CallResult, ClientMethod, CommonGroundClient, PathsLike, ReadableBody } from "./client-types.js";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

type UntypedCall = (path: string, init?: InitLike) => Promise<unknown>;

/**
 * Creates a client for one generated spec: openapi-fetch typed with `Paths`, with the defaults from
 * the spec's operation table applied to every call. The generated `create<Name>Client` factories
 * call this; use it directly only for a spec of your own generated with `commonground generate`.
 *
 * @example
 * ```ts
 * import { createApiClient } from "commonground-sdk";
 * import { operationTable, type Paths } from "commonground-sdk/zaken";
 * const zaken = createApiClient<Paths>(operationTable, { baseUrl: "https://open-zaak.example.nl/zaken/api/v1" });
 * ```
 */
export function createApiClient<Paths extends PathsLike>(table: OperationTable, options: ClientOptions): CommonGroundClient<Paths> {
  const resolved = resolveClientOptions(options, `the ${table.id} ${table.variant} client`);
  const clientHeaders = new Set(Object.keys(resolved.headers).map((k) => k.toLowerCase()));
  const base = createClient<Paths>({
    baseUrl: resolved.baseUrl,
    headers: resolved.headers,
    // Looked up per call, so that fetch mocks installed after the client was made still intercept.
    fetch: (request: Request) => (resolved.fetch ?? globalThis.fetch)(request),
  });
  const untyped = base as unknown as Record<(typeof METHODS)[number], UntypedCall>;
  const client: Record<string, unknown> = {
    use: base.use.bind(base),
    eject: base.eject.bind(base),
  };
  for (const method of METHODS) {
    const lower = method.toLowerCase() as HttpMethod;
    client[method] = (path: string, init?: InitLike) =>
      untyped[method](path, applyRequestDefaults(table.operations[path]?.[lower], init, clientHeaders));
  }
  return client as unknown as CommonGroundClient<Paths>;
}
