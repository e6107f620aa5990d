import { isBsn } from "../../errors/redact.js";

/**
 * True when `bsn` is a valid burgerservicenummer: exactly nine digits that pass the eleven-test
 * (`elfproef`), and not `000000000`. The same test the SDK uses to redact BSNs from messages and logs.
 *
 * @example
 * ```ts
 * import { isValidBsn } from "commonground-sdk/brp-personen";
 * isValidBsn("999993653"); // true
 * isValidBsn("123456789"); // false: fails the eleven-test
 * ```
 */
export function isValidBsn(bsn: string): boolean {
  return typeof bsn === "string" && isBsn(bsn);
}
