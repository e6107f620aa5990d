/** The kinds of failure the SDK reports; `kind` is the discriminant of every SDK error. */
export type ErrorKind = "config" | "http" | "network" | "timeout" | "auth" | "validation" | "pagination" | "reference" | "workflow";

/**
 * The base of every error the SDK throws. Narrow on `kind`, or use the guards, which also work
 * across realms (they check `name` and `kind`, not only the prototype chain).
 *
 * @example
 * ```ts
 * import { isCommonGroundError } from "commonground-sdk";
 * try { createZakenClient({ baseUrl: "" }); } catch (e) { if (isCommonGroundError(e)) console.log(e.kind); }
 * ```
 */
export class CommonGroundError extends Error {
  /** What kind of failure this is. */
  readonly kind: ErrorKind;

  constructor(kind: ErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
    this.name = "CommonGroundError";
  }
}

/** True for any SDK error, also one from another realm (iframe, worker, vm context). */
export function isCommonGroundError(value: unknown): value is CommonGroundError {
  if (value instanceof CommonGroundError) return true;
  return (
    typeof value === "object" && value !== null &&
    typeof (value as { kind?: unknown }).kind === "string" &&
    typeof (value as { name?: unknown }).name === "string" &&
    /Error$/.test((value as { name: string }).name) &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

/**
 * True when `value` looks like the SDK error named `name` of kind `kind`: the cross-realm half of
 * every `is<Name>Error` guard (an error from another realm fails `instanceof`, not this).
 */
export function hasNameAndKind(value: unknown, name: string, kind: ErrorKind): boolean {
  return typeof value === "object" && value !== null && (value as { name?: unknown }).name === name && (value as { kind?: unknown }).kind === kind;
}
