import * as z from "zod/mini";
import { ConfigError, type ConfigIssue } from "../errors/config-error.js";
import type { AuthStrategy } from "./auth-strategy.js";
import { HEADER_NAME } from "./header-name.js";
import { headerValueProblem } from "./header-value-problem.js";
import { optionsObject, parseOptions } from "../core/parse-options.js";

/** The longest value the BRP gateways accept per protocol header. */
const MAX_LENGTH = 242;

const NAMES = { doelbinding: "x-doelbinding", verwerking: "x-verwerking", oin: "x-origin-oin", gebruiker: "x-gebruiker" } as const;

/**
 * The BRP protocol headers that municipal gateways expect (not declared in the specs).
 *
 * @example
 * ```ts
 * import { type ProtocolHeadersOptions, protocolHeaders } from "commonground-sdk";
 * const options: ProtocolHeadersOptions = { doelbinding: "BRPACT-AlgemeneTaken", verwerking: "Algemene taken", gebruiker: "jan@gemeente.nl" };
 * const auth = protocolHeaders(options);
 * ```
 */
export interface ProtocolHeadersOptions {
  /** `x-doelbinding`: the legal purpose, e.g. `BRPACT-AlgemeneTaken`. */
  readonly doelbinding?: string | undefined;
  /** `x-verwerking`: the processing activity, e.g. `Algemene taken@…`. */
  readonly verwerking?: string | undefined;
  /** `x-origin-oin`: your organisation's 20-digit OIN. */
  readonly oin?: string | undefined;
  /** `x-gebruiker`: the user making the request. */
  readonly gebruiker?: string | undefined;
  /** More (non-secret) headers the gateway wants, by name. Use `apiKey()` for keys. */
  readonly extra?: Readonly<Record<string, string>> | undefined;
}

/**
 * The strategy {@link protocolHeaders} returns: sends the headers, and exposes them as `values`
 * for per-call use.
 *
 * @example
 * ```ts
 * import { type ProtocolHeaders, protocolHeaders } from "commonground-sdk";
 * const brp: ProtocolHeaders = protocolHeaders({ doelbinding: "BRPACT-AlgemeneTaken" });
 * brp.values; // { "x-doelbinding": "BRPACT-AlgemeneTaken" }
 * ```
 */
export interface ProtocolHeaders extends AuthStrategy {
  /** The validated headers, by name. */
  readonly values: Readonly<Record<string, string>>;
}

const text = z.optional(z.string({ error: "must be a string" }));
const schema = optionsObject(
  { doelbinding: text, verwerking: text, oin: text, gebruiker: text, extra: z.optional(z.record(z.string(), z.string({ error: "values must be strings" }), { error: "must be an object of header values" })) },
  "protocolHeaders",
  '{ doelbinding: "BRPACT-AlgemeneTaken", verwerking: "…" }',
);

/**
 * The BRP protocol headers `x-doelbinding`, `x-verwerking`, `x-origin-oin` and `x-gebruiker` that
 * gateways in front of the BRP API ask for. Use it as (part of) `auth`, or pass `.values` as the
 * headers of one call. Each value must be at most 242 characters without control characters;
 * otherwise, or when no header is given, a `ConfigError` names the header (never the value).
 *
 * @example
 * ```ts
 * import { apiKey, composeAuth, protocolHeaders } from "commonground-sdk";
 * import { createBrpPersonenClient } from "commonground-sdk/brp-personen";
 * const brp = protocolHeaders({ doelbinding: "BRPACT-AlgemeneTaken", verwerking: "Algemene taken", oin: "00000001234567890000" });
 * const auth = composeAuth(apiKey({ header: "x-api-key", key: process.env.GATEWAY_KEY! }), brp);
 * const client = createBrpPersonenClient({ baseUrl: "https://gateway.example.nl/haalcentraal/api/brp", auth });
 * await client.POST("/personen", { body, headers: protocolHeaders({ gebruiker: "jan@gemeente.nl" }).values });
 * ```
 */
export function protocolHeaders(options: ProtocolHeadersOptions): ProtocolHeaders {
  const o = parseOptions(schema, options, "protocolHeaders");
  const values: Record<string, string> = {};
  const issues: ConfigIssue[] = [];
  const add = (path: string, header: string, value: string) => {
    const problem = valueProblem(value);
    if (problem) issues.push({ path, message: `${header}: ${problem}` });
    else values[header] = value;
  };
  for (const [option, header] of Object.entries(NAMES) as [keyof typeof NAMES, string][]) {
    const value = o[option];
    if (value !== undefined) add(option, header, value);
  }
  if (o.oin !== undefined && values["x-origin-oin"] !== undefined && !/^\d{20}$/.test(o.oin)) {
    issues.push({ path: "oin", message: "x-origin-oin: must be your organisation's OIN, 20 digits" });
  }
  for (const [header, value] of Object.entries(o.extra ?? {})) {
    const path = `extra.${header}`;
    if (!HEADER_NAME.test(header)) issues.push({ path, message: "is not a valid header name (RFC 7230 token)" });
    else if (Object.keys(values).some((name) => name.toLowerCase() === header.toLowerCase())) issues.push({ path, message: `${header}: is set twice: give it once` });
    else add(path, header, value);
  }
  if (issues.length === 0 && Object.keys(values).length === 0) {
    issues.push({ path: "", message: "no header given: pass at least one of doelbinding, verwerking, oin, gebruiker or extra" });
  }
  if (issues.length > 0) throw new ConfigError("Invalid options for protocolHeaders", issues);
  const frozen = Object.freeze(values);
  return { name: "protocol-headers", values: frozen, headers: () => frozen, secrets: () => [] };
}

function valueProblem(value: string): string | undefined {
  if (value.trim() === "") return "is empty: leave the option out instead";
  if (value.length > MAX_LENGTH) return `is ${value.length} characters; gateways accept at most ${MAX_LENGTH}`;
  return headerValueProblem(value);
}
