import * as z from "zod/mini";
import { headerValueProblem } from "./header-value-problem.js";
import { requiredString } from "../core/parse-options.js";

/**
 * A key or token that goes into a header: trimmed, not empty, without whitespace or control
 * characters, and without the scheme word (`prefix`, e.g. `Token`) in front. Messages describe the
 * problem without echoing the value.
 *
 * @internal
 * @example
 * ```ts
 * import { credentialSchema } from "./credential-schema.js";
 * credentialSchema("pass the API key").parse("  abc123\n"); // "abc123"
 * ```
 */
export function credentialSchema(hint: string, prefix?: string) {
  return requiredString(hint).check(
    z.trim(),
    z.minLength(1, `is empty: ${hint}`),
    z.superRefine((value, ctx) => {
      const problem = headerValueProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: `${problem}: ${hint}` });
      else if (prefix && new RegExp(`^${prefix}(\\s|$)`, "i").test(value)) {
        ctx.addIssue({ code: "custom", message: `starts with "${prefix}": pass the value without that prefix, it is added for you` });
      } else if (/\s/.test(value)) ctx.addIssue({ code: "custom", message: `contains whitespace: ${hint}` });
    }),
  );
}
