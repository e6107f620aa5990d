import { v7 as uuidv7 } from "uuid";
import * as z from "zod/mini";
import { optionsObject, parseOptions, requiredString } from "../core/parse-options.js";
import { outwayUrlSchema, pathUnder } from "./outway.js";
import type { Routing } from "./routing.js";

/**
 * Options of {@link fscRouting}: where your FSC outway listens and the grant that allows the call.
 *
 * @example
 * ```ts
 * import { type FscRoutingOptions, fscRouting } from "commonground-sdk";
 * const options: FscRoutingOptions = { outwayUrl: "http://outway.local:8080", grantHash: process.env.FSC_GRANT_HASH! };
 * const routing = fscRouting(options);
 * ```
 */
export interface FscRoutingOptions {
  /** The outway's root URL, e.g. `http://outway.local:8080` (http is fine: the outway runs next to you). */
  readonly outwayUrl: string;
  /** The hash of the service connection grant, as your FSC manager shows it, e.g. `$1$4$…`. */
  readonly grantHash: string;
}

const GRANT_HINT = "pass the grant hash of the service connection grant, as your FSC manager shows it";

const schema = optionsObject(
  {
    outwayUrl: outwayUrlSchema("http://outway.local:8080"),
    grantHash: requiredString(GRANT_HINT).check(
      z.trim(),
      z.minLength(1, `is empty: ${GRANT_HINT}`),
      z.regex(/^[\x21-\x7e]+$/, `must be printable ASCII without spaces: ${GRANT_HINT}`),
    ),
  },
  "fscRouting",
  '{ outwayUrl: "http://outway.local:8080", grantHash: "$1$4$…" }',
);

/**
 * Routes a client through a Common Ground FSC (Federated Service Connectivity) outway.
 *
 * A request under the client's base URL goes to `outwayUrl` + its path and query relative to the
 * base URL (base `https://zaken.gemeente.nl/zaken/api/v1`, request `…/zaken?page=2` →
 * `http://outway.local:8080/zaken?page=2`), with `Fsc-Grant-Hash` and a fresh UUIDv7
 * `Fsc-Transaction-Id` per attempt. A URL outside the base URL is left as it is. Throws a
 * `ConfigError` for a malformed outway URL or grant hash.
 *
 * @example
 * ```ts
 * import { fscRouting } from "commonground-sdk";
 * import { createZakenClient } from "commonground-sdk/zaken";
 * const zaken = createZakenClient({
 *   baseUrl: "https://zaken.gemeente.nl/zaken/api/v1",
 *   routing: fscRouting({ outwayUrl: "http://outway.local:8080", grantHash: process.env.FSC_GRANT_HASH! }),
 * });
 * ```
 */
export function fscRouting(options: FscRoutingOptions): Routing {
  const { outwayUrl, grantHash } = parseOptions(schema, options, "fscRouting");
  return {
    name: "fsc",
    rewrite(url, baseUrl) {
      const rest = pathUnder(url, baseUrl);
      return rest === undefined ? url : new URL(`${outwayUrl}${rest}`);
    },
    // A fresh UUIDv7 per call: the transport asks per attempt, so each retry is its own transaction.
    headers: () => ({ "Fsc-Grant-Hash": grantHash, "Fsc-Transaction-Id": uuidv7() }),
  };
}
