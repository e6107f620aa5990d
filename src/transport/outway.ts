/**
 * What FSC and NLX routing share: the outway URL option and the part of a request URL under the
 * client's base URL. Internal to `src/transport`; not part of the package surface.
 */
import * as z from "zod/mini";
import { requiredString } from "../core/parse-options.js";

/**
 * The `outwayUrl` option: an absolute http(s) URL without query, fragment or credentials; trailing
 * slashes are dropped. Messages never echo the value.
 *
 * @internal
 * @example
 * ```ts
 * import { outwayUrlSchema } from "./outway.js";
 * outwayUrlSchema("http://outway.local:8080").parse("http://outway.local:8080/"); // "http://outway.local:8080"
 * ```
 */
export function outwayUrlSchema(example: string) {
  const hint = `pass the URL of your outway, e.g. ${example}`;
  const checked = requiredString(hint).check(
    z.trim(),
    z.minLength(1, `is empty: ${hint}`),
    z.superRefine((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: "custom", message: `is not an absolute URL: ${hint}` });
        return;
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") ctx.addIssue({ code: "custom", message: `has scheme "${url.protocol}": use http:// or https://` });
      if (url.search || url.hash || value.endsWith("?") || value.endsWith("#")) ctx.addIssue({ code: "custom", message: "must not hold a query or fragment: pass only the outway's root" });
      if (url.username || url.password) ctx.addIssue({ code: "custom", message: "must not hold credentials" });
    }),
  );
  return z.pipe(
    checked,
    z.transform((value: string) => value.replace(/\/+$/, "")),
  );
}

/**
 * The path and query of `url` relative to `baseUrl` (`""`, `/zaken?page=2`, …), or `undefined`
 * when `url` is not under `baseUrl` (another origin, or a path beside the base path).
 *
 * @internal
 * @example
 * ```ts
 * import { pathUnder } from "./outway.js";
 * pathUnder(new URL("https://x.nl/zaken/api/v1/zaken?page=2"), "https://x.nl/zaken/api/v1"); // "/zaken?page=2"
 * ```
 */
export function pathUnder(url: URL, baseUrl: string): string | undefined {
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, "");
  if (url.origin !== base.origin) return undefined;
  if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return undefined;
  return url.pathname.slice(basePath.length) + url.search;
}
