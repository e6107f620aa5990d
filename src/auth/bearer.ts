import { AuthError } from "../errors/auth-error.js";
import { ConfigError } from "../errors/config-error.js";
import type { AuthStrategy } from "./auth-strategy.js";
import { bearerHeader } from "./bearer-header.js";
import { credentialSchema } from "./credential-schema.js";
import { recentValues } from "./recent-values.js";

/**
 * A function that returns a bearer token, e.g. from your identity provider's SDK. It is called per
 * request (cache inside it if obtaining a token is expensive) and again on `refresh()`.
 *
 * @example
 * ```ts
 * import { type TokenProvider, bearer } from "commonground-sdk";
 * const provider: TokenProvider = async () => (await identityProvider.getToken()).accessToken;
 * const auth = bearer(provider);
 * ```
 */
export type TokenProvider = () => string | Promise<string>;

const tokenSchema = credentialSchema("pass the access token", "Bearer");

/**
 * `Authorization: Bearer <token>` with a fixed token or a {@link TokenProvider}. With a provider,
 * `refresh()` (after a 401) asks it for a new token, which the retry uses, and resolves `true`; with
 * a fixed token it resolves `false`. A provider that throws or returns an empty token makes the
 * request fail with an `AuthError`.
 *
 * @example
 * ```ts
 * import { bearer } from "commonground-sdk";
 * const fixed = bearer(process.env.ACCESS_TOKEN!);
 * const dynamic = bearer(() => tokenCache.get());
 * ```
 */
export function bearer(tokenOrProvider: string | TokenProvider): AuthStrategy {
  if (typeof tokenOrProvider === "string") return fixedBearer(tokenOrProvider);
  if (typeof tokenOrProvider !== "function") {
    throw new ConfigError("Invalid options for bearer", [{ path: "", message: "pass a token string or a function that returns one" }]);
  }
  const provider = tokenOrProvider;
  const tokens = recentValues(8);
  let refreshed: string | undefined;
  let refreshing: Promise<boolean> | undefined;

  async function obtain(): Promise<string> {
    let value: unknown;
    try {
      value = await provider();
    } catch (cause) {
      throw new AuthError("bearer: the token provider failed", { cause });
    }
    const parsed = tokenSchema.safeParse(value);
    if (!parsed.success) throw new AuthError(`bearer: the token provider returned an unusable token: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    tokens.add(parsed.data);
    return parsed.data;
  }

  return {
    name: "bearer",
    async headers() {
      const ready = refreshed;
      refreshed = undefined;
      const token = ready ?? (await obtain());
      return bearerHeader(token);
    },
    refresh() {
      refreshing ??= obtain()
        .then((token) => {
          refreshed = token;
          return true;
        })
        .finally(() => {
          refreshing = undefined;
        });
      return refreshing;
    },
    secrets: () => tokens.values(),
  };
}

function fixedBearer(token: string): AuthStrategy {
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) {
    throw new ConfigError("Invalid options for bearer", parsed.error.issues.map((issue) => ({ path: "token", message: issue.message })));
  }
  const headers = bearerHeader(parsed.data);
  return {
    name: "bearer",
    headers: () => headers,
    refresh: async () => false,
    secrets: () => [parsed.data],
  };
}
