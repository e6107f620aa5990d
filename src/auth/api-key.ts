import * as z from "zod/mini";
import type { AuthStrategy } from "./auth-strategy.js";
import { credentialSchema } from "./credential-schema.js";
import { HEADER_NAME } from "./header-name.js";
import { optionsObject, parseOptions, requiredString } from "../core/parse-options.js";

/**
 * Options of {@link apiKey}: the header to send and the key.
 *
 * @example
 * ```ts
 * import { type ApiKeyOptions, apiKey } from "commonground-sdk";
 * const options: ApiKeyOptions = { header: "X-Api-Key", key: process.env.BAG_API_KEY! };
 * const auth = apiKey(options);
 * ```
 */
export interface ApiKeyOptions {
  /** The header name, e.g. `X-Api-Key` (BAG, BRK) or `X-API-KEY` (BRP proefomgeving). */
  readonly header: string;
  /** The API key (trimmed). */
  readonly key: string;
}

const schema = optionsObject(
  {
    header: requiredString('pass the header name, e.g. "X-Api-Key"').check(
      z.trim(),
      z.minLength(1, 'is empty: pass the header name, e.g. "X-Api-Key"'),
      z.regex(HEADER_NAME, 'is not a valid header name (RFC 7230 token): use letters, digits and -, e.g. "X-Api-Key"'),
    ),
    key: credentialSchema("pass the API key you were given"),
  },
  "apiKey",
  '{ header: "X-Api-Key", key: "…" }',
);

/**
 * An API key in a header of your choice: `X-Api-Key` for Kadaster's BAG and BRK, `X-API-KEY` for
 * the BRP proefomgeving, `x-api-key` for many gateways. Throws a `ConfigError` for an invalid
 * header name or an empty or malformed key.
 *
 * @example
 * ```ts
 * import { apiKey } from "commonground-sdk";
 * import { createBagClient } from "commonground-sdk/bag";
 * const auth = apiKey({ header: "X-Api-Key", key: process.env.BAG_API_KEY! });
 * const client = createBagClient({ baseUrl: "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2", auth });
 * ```
 */
export function apiKey(options: ApiKeyOptions): AuthStrategy {
  const { header, key } = parseOptions(schema, options, "apiKey");
  const headers = { [header]: key };
  return {
    name: "api-key",
    headers: () => headers,
    secrets: () => [key],
  };
}
