import { z } from "zod";
import { ConfigError } from "../errors/config-error.js";

/** The `fetch` the client calls: a standard fetch, or anything with its shape (a mock, undici's). */
export type FetchLike = (input: Request) => Promise<Response>;

/** Options every client factory takes. */
export interface ClientOptions {
  /**
   * The API root, including the API's own path, e.g. `https://open-zaak.example.nl/zaken/api/v1`.
   * Spec servers are relative, so the SDK never derives one API's root from another's.
   */
  readonly baseUrl: string;
  /**
   * The fetch to use. Looked up at call time, so a mock installed after the client was created
   * (msw) still sees every request.
   * @default globalThis.fetch
   */
  readonly fetch?: FetchLike | undefined;
  /** Headers sent with every request (per-call headers win). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

const baseUrl = z
  .string({ error: "is required: pass the API root, e.g. https://open-zaak.example.nl/zaken/api/v1" })
  .trim()
  .min(1, "is empty: pass the API root, e.g. https://open-zaak.example.nl/zaken/api/v1")
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: `"${value}" is not an absolute URL: include the scheme, e.g. https://${value.replace(/^\/+/, "")}` });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      ctx.addIssue({ code: "custom", message: `has scheme "${url.protocol}": use https:// (or http:// for a local server)` });
    }
    if (url.search || url.hash) ctx.addIssue({ code: "custom", message: "must not hold a query or fragment: pass only the API root" });
    if (url.username || url.password) ctx.addIssue({ code: "custom", message: "must not hold credentials: pass them as auth, not in the URL" });
  });

const schema = z.strictObject(
  {
    baseUrl,
    fetch: z.custom<FetchLike>((v) => typeof v === "function", "must be a function (input: Request) => Promise<Response>").optional(),
    headers: z.record(z.string(), z.string({ error: "header values must be strings" })).optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown option(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}: valid options are baseUrl, fetch, headers` : "options must be an object like { baseUrl: \"https://…/api/v1\" }") },
);

/** Options after validation: `baseUrl` without a trailing slash. */
export interface ResolvedClientOptions {
  readonly baseUrl: string;
  readonly fetch: FetchLike | undefined;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Validates client options with zod; throws one {@link ConfigError} listing every problem and what
 * to pass instead.
 */
export function resolveClientOptions(options: unknown, subject: string): ResolvedClientOptions {
  const result = schema.safeParse(options);
  if (!result.success) {
    throw new ConfigError(
      `Invalid options for ${subject}`,
      result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
    );
  }
  return {
    baseUrl: result.data.baseUrl.replace(/\/+$/, ""),
    fetch: result.data.fetch,
    headers: result.data.headers ?? {},
  };
}
