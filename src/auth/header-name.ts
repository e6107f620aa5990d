/**
 * An HTTP header name: an RFC 7230 `token` (letters, digits and ``!#$%&'*+-.^_`|~``).
 *
 * @internal
 * @example
 * ```ts
 * import { HEADER_NAME } from "./header-name.js";
 * HEADER_NAME.test("X-Api-Key"); // true
 * ```
 */
export const HEADER_NAME: RegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
