import * as z from "zod/mini";
import { optionsObject, parseOptions, requiredString } from "../core/parse-options.js";
import { outwayUrlSchema, pathUnder } from "./outway.js";
import type { Routing } from "./routing.js";

/**
 * Options of {@link nlxRouting}: your NLX outway and the organization and service to reach.
 *
 * @example
 * ```ts
 * import { type NlxRoutingOptions, nlxRouting } from "commonground-sdk";
 * const options: NlxRoutingOptions = { outwayUrl: "http://outway.local:8080", organization: "00000001234567890000", service: "zaken" };
 * const routing = nlxRouting(options);
 * ```
 */
export interface NlxRoutingOptions {
  /** The outway's root URL, e.g. `http://outway.local:8080`. */
  readonly outwayUrl: string;
  /** The organization offering the service: its OIN (serial number) as NLX lists it. */
  readonly organization: string;
  /** The service name as the organization registered it in NLX, e.g. `zaken`. */
  readonly service: string;
}

/** A path segment the outway form can carry without encoding (RFC 3986 unreserved characters). */
function segment(hint: string) {
  return requiredString(hint).check(
    z.trim(),
    z.minLength(1, `is empty: ${hint}`),
    z.regex(/^[A-Za-z0-9._~-]+$/, `may hold only letters, digits, ".", "_", "~" and "-": ${hint}`),
    z.refine((v) => v !== "." && v !== "..", `must not be "." or "..": ${hint}`),
  );
}

const schema = optionsObject(
  {
    outwayUrl: outwayUrlSchema("http://outway.local:8080"),
    organization: segment("pass the OIN of the organization offering the service, e.g. 00000001234567890000"),
    service: segment('pass the NLX service name, e.g. "zaken"'),
  },
  "nlxRouting",
  '{ outwayUrl: "http://outway.local:8080", organization: "00000001234567890000", service: "zaken" }',
);

/** Statuses whose response cannot carry a body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/** The JSON text of a string without its quotes: `/` as is (or as `\/` when `slashes` is set). */
const jsonText = (text: string, slashes: boolean): string => {
  const json = JSON.stringify(text).slice(1, -1);
  return slashes ? json.replaceAll("/", "\\/") : json;
};

/**
 * Routes a client through an NLX outway, and maps URLs in JSON responses back to the base URL.
 *
 * A request under the client's base URL goes to `${outwayUrl}/${organization}/${service}` + its
 * path and query relative to the base URL. In JSON responses (a content type containing `json`),
 * each URL in that outway form becomes the base URL form again, so references and `next` links
 * keep working; `\/`-escaped URLs too. Other bodies are not read. Throws a `ConfigError` for a
 * malformed outway URL, organization or service.
 *
 * @example
 * ```ts
 * import { nlxRouting } from "commonground-sdk";
 * import { createZakenClient } from "commonground-sdk/zaken";
 * const zaken = createZakenClient({
 *   baseUrl: "https://zaken.gemeente.nl/zaken/api/v1",
 *   routing: nlxRouting({ outwayUrl: "http://outway.local:8080", organization: "00000001234567890000", service: "zaken" }),
 * });
 * ```
 */
export function nlxRouting(options: NlxRoutingOptions): Routing {
  const { outwayUrl, organization, service } = parseOptions(schema, options, "nlxRouting");
  const prefix = `${outwayUrl}/${organization}/${service}`;
  // The outway form as given and as a URL parser writes it (`HTTP://Outway:80` → `http://outway`).
  const forms = [...new Set([prefix, `${new URL(outwayUrl).href.replace(/\/+$/, "")}/${organization}/${service}`])];
  const alternatives = forms.flatMap((form) => [jsonText(form, false), jsonText(form, true)]).map(escapeRegExp);
  // Only the whole service: `…/zaken` must not match the start of `…/zaken-v2`.
  const pattern = new RegExp(`(?:${alternatives.join("|")})(?![\\w.~%!$&'()*+,;=:@-])`, "g");
  return {
    name: "nlx",
    rewrite(url, baseUrl) {
      const rest = pathUnder(url, baseUrl);
      return rest === undefined ? url : new URL(`${prefix}${rest}`);
    },
    async mapResponse(response, baseUrl) {
      if (!/json/i.test(response.headers.get("content-type") ?? "") || response.body === null || NULL_BODY.has(response.status)) return response;
      const base = baseUrl.replace(/\/+$/, "");
      const text = (await response.text()).replace(pattern, (match) => jsonText(base, match.includes("\\/")));
      const headers = new Headers(response.headers);
      // The new body is plain text of another length.
      headers.delete("content-length");
      headers.delete("content-encoding");
      return new Response(text, { status: response.status, statusText: response.statusText, headers });
    },
  };
}
