const encoder = new TextEncoder();

/**
 * Compares two strings over their UTF-8 bytes in time that depends only on the length of
 * `received` (the untrusted value), never on where the first difference is or on the length or
 * content of `expected` (the secret): every byte of `received` is visited, differences and a
 * length mismatch are OR-ed together, and there is no early exit.
 *
 * @internal
 * @example
 * ```ts
 * import { timingSafeEqual } from "./timing-safe-equal.js";
 * timingSafeEqual(request.headers.get("Authorization") ?? "", "Bearer s3cret");
 * ```
 */
export function timingSafeEqual(received: string, expected: string | Uint8Array): boolean {
  return timingSafeEqualBytes(encoder.encode(received), typeof expected === "string" ? encoder.encode(expected) : expected);
}

/** {@link timingSafeEqual} over bytes. @internal */
export function timingSafeEqualBytes(received: Uint8Array, expected: Uint8Array): boolean {
  const size = expected.length;
  // A length mismatch alone makes the result false; it never shortens the loop.
  let diff = received.length ^ size;
  // Against an empty secret every byte is compared with 0 (the lengths already differ unless both are empty).
  const divisor = size === 0 ? 1 : size;
  const source = size === 0 ? new Uint8Array(1) : expected;
  for (let i = 0; i < received.length; i++) {
    diff |= (received[i] as number) ^ (source[i % divisor] as number);
  }
  return diff === 0;
}
