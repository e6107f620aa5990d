import * as z from "zod/mini";
import type { AuthStrategy } from "./auth-strategy.js";
import { credentialSchema } from "./credential-schema.js";
import { parseOptions } from "../core/parse-options.js";

const schema = z.object({ key: credentialSchema("pass the API token you were given", "Token") });

/**
 * Token auth of the Maykin open-api-framework APIs (Open Klant 2, Objects, Objecttypes):
 * `Authorization: Token <key>`. Throws a `ConfigError` for an empty or malformed key (leading and
 * trailing whitespace is trimmed; a `Token ` prefix is refused).
 *
 * @example
 * ```ts
 * import { tokenAuth } from "commonground-sdk";
 * import { createKlantinteractiesClient } from "commonground-sdk/klantinteracties";
 * const auth = tokenAuth(process.env.OPEN_KLANT_TOKEN!);
 * const client = createKlantinteractiesClient({ baseUrl: "https://open-klant.example.nl/klantinteracties/api/v1", auth });
 * ```
 */
export function tokenAuth(key: string): AuthStrategy {
  const { key: value } = parseOptions(schema, { key }, "tokenAuth");
  const header = { Authorization: `Token ${value}` };
  return {
    name: "token",
    headers: () => header,
    secrets: () => [value],
  };
}
