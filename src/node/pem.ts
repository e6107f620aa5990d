/**
 * Checks that an option holds PEM of the expected kind, without ever echoing its content.
 * Internal to `src/node`; not part of the package surface.
 */
import { Buffer } from "node:buffer";
import * as z from "zod/mini";
import type { Pem } from "./client-certificate-options.js";

const CERTIFICATE = /-----BEGIN CERTIFICATE-----/;
const PRIVATE_KEY = /-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----/;
const ENCRYPTED = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: *4, *ENCRYPTED/;

/**
 * PEM as a string or as bytes, in the form node:tls takes (a `Buffer` for bytes).
 *
 * @internal
 * @example
 * ```ts
 * import { pemBytes } from "./pem.js";
 * pemBytes(new TextEncoder().encode("-----BEGIN CERTIFICATE-----…")); // a Buffer over the same bytes
 * ```
 */
export function pemBytes(pem: Pem): string | Buffer {
  return typeof pem === "string" || Buffer.isBuffer(pem) ? pem : Buffer.from(pem.buffer, pem.byteOffset, pem.byteLength);
}

/**
 * True when a private key in PEM is encrypted (PKCS#8 `ENCRYPTED PRIVATE KEY` or a legacy `Proc-Type` header).
 *
 * @internal
 * @example
 * ```ts
 * import { isEncryptedKey } from "./pem.js";
 * isEncryptedKey("-----BEGIN ENCRYPTED PRIVATE KEY-----\n…"); // true
 * ```
 */
export function isEncryptedKey(pem: Pem): boolean {
  return ENCRYPTED.test(text(pem));
}

const text = (pem: Pem): string => (typeof pem === "string" ? pem : Buffer.from(pem.buffer, pem.byteOffset, pem.byteLength).toString("latin1"));

function problem(kind: "certificate" | "key", pem: string): string | undefined {
  if (pem.trim() === "") return "is empty";
  if (!pem.includes("-----BEGIN")) return "is not PEM (no -----BEGIN line; convert a DER or .p12 file with openssl first)";
  if (kind === "certificate" && !CERTIFICATE.test(pem)) {
    return PRIVATE_KEY.test(pem) ? "holds a private key, not a certificate (cert and key swapped?)" : "is PEM but holds no -----BEGIN CERTIFICATE-----";
  }
  if (kind === "key" && !PRIVATE_KEY.test(pem)) {
    return CERTIFICATE.test(pem) ? "holds a certificate, not a private key (cert and key swapped?)" : "is PEM but holds no -----BEGIN PRIVATE KEY-----";
  }
  return undefined;
}

/**
 * A PEM option (string or bytes) of one kind; messages name the problem, never the content.
 *
 * @internal
 * @example
 * ```ts
 * import { pemSchema } from "./pem.js";
 * const cert = pemSchema("certificate", "pass the client certificate in PEM");
 * ```
 */
export function pemSchema(kind: "certificate" | "key", hint: string) {
  return z
    .custom<Pem>((v) => typeof v === "string" || v instanceof Uint8Array, {
      error: (issue) => (issue.input === undefined ? `is required: ${hint}` : `must be a PEM string or Buffer: ${hint}`),
    })
    .check(
      z.superRefine((value, ctx) => {
        const found = problem(kind, text(value));
        if (found) ctx.addIssue({ code: "custom", message: `${found}: ${hint}` });
      }),
    );
}
