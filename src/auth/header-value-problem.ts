/**
 * What is wrong with a header value, or `undefined` when it can be sent: control characters
 * (U+0000–U+001F, U+007F) and characters beyond Latin-1 (which `Headers` refuses) are reported with
 * their position, never with the value itself.
 *
 * @internal
 * @example
 * ```ts
 * import { headerValueProblem } from "./header-value-problem.js";
 * headerValueProblem("BRPACT-AlgemeneTaken\n"); // "contains a control character (U+000A) at position 21"
 * ```
 */
export function headerValueProblem(value: string): string | undefined {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x1f || code === 0x7f) {
      return `contains a control character (U+${code.toString(16).toUpperCase().padStart(4, "0")}) at position ${i + 1}`;
    }
    if (code > 0xff) return `contains a character beyond Latin-1 at position ${i + 1}, which an HTTP header cannot carry`;
  }
  return undefined;
}
