import { X509Certificate, createPrivateKey } from "node:crypto";
import { Agent, type buildConnector, fetch as undiciFetch } from "undici";
import * as z from "zod/mini";
import { optionsObject, parseOptions } from "../core/parse-options.js";
import type { FetchLike } from "../core/fetch-like.js";
import { ConfigError, type ConfigIssue } from "../errors/config-error.js";
import type { ClientCertificateOptions, Pem } from "./client-certificate-options.js";
import { isEncryptedKey, pemBytes, pemSchema } from "./pem.js";

const CA_HINT = "pass the CA certificates to trust in PEM, e.g. readFileSync(\"pkio-chain.pem\")";

const schema = optionsObject(
  {
    cert: pemSchema("certificate", "pass the client certificate in PEM, e.g. readFileSync(\"client.crt\")"),
    key: pemSchema("key", "pass the private key of the certificate in PEM, e.g. readFileSync(\"client.key\")"),
    ca: z.optional(z.union([pemSchema("certificate", CA_HINT), z.array(pemSchema("certificate", CA_HINT))])),
    passphrase: z.optional(z.string({ error: "must be a string: pass the passphrase of the encrypted key" })),
    rejectUnauthorized: z.optional(z.boolean({ error: "must be true or false" })),
  },
  "clientCertificateFetch",
  '{ cert: readFileSync("client.crt"), key: readFileSync("client.key") }',
);

/** Reads the certificate and key with node:crypto, so that a damaged file or a mismatched pair fails now, not at the first handshake. */
function checkPair(cert: Pem, key: Pem, passphrase: string | undefined): ConfigIssue[] {
  if (passphrase === undefined && isEncryptedKey(key)) return [{ path: "key", message: "is encrypted: pass its passphrase as passphrase" }];
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(pemBytes(cert));
  } catch {
    return [{ path: "cert", message: "could not be read as an X.509 certificate: the PEM is damaged" }];
  }
  try {
    const privateKey = createPrivateKey(passphrase === undefined ? { key: pemBytes(key), format: "pem" } : { key: pemBytes(key), format: "pem", passphrase });
    return certificate.checkPrivateKey(privateKey) ? [] : [{ path: "key", message: "does not belong to cert: pass the private key of this certificate" }];
  } catch {
    return [{ path: "key", message: `could not be read as a private key: ${passphrase === undefined ? "" : "a wrong passphrase, or "}the PEM is damaged` }];
  }
}

/**
 * A `fetch` for Node that presents a client certificate (mTLS, e.g. PKIoverheid) to the server.
 *
 * It sends through undici's `fetch` with an undici `Agent` holding `cert`, `key`, `ca` and
 * `passphrase`: one agent (and connection pool) per call of this function, so make it once.
 * Throws a `ConfigError` when the certificate or key is missing, not PEM, swapped, encrypted
 * without a passphrase, damaged or not a pair; messages never show the key.
 *
 * @example
 * ```ts
 * import { clientCertificateFetch } from "commonground-sdk/node";
 * import { readFileSync } from "node:fs";
 * import { createBrpPersonenClient } from "commonground-sdk/brp-personen";
 * const fetch = clientCertificateFetch({ cert: readFileSync("pkio.crt"), key: readFileSync("pkio.key"), ca: readFileSync("pkio-chain.pem") });
 * const brp = createBrpPersonenClient({ baseUrl: "https://brp.example.nl/haalcentraal/api/brp", fetch });
 * ```
 */
export function clientCertificateFetch(options: ClientCertificateOptions): FetchLike {
  const o = parseOptions(schema, options, "clientCertificateFetch");
  const issues = checkPair(o.cert, o.key, o.passphrase);
  if (issues.length > 0) throw new ConfigError("Invalid options for clientCertificateFetch", issues);
  const connect: Partial<buildConnector.BuildOptions> = { cert: pemBytes(o.cert), key: pemBytes(o.key) };
  if (o.ca !== undefined) connect.ca = Array.isArray(o.ca) ? o.ca.map(pemBytes) : pemBytes(o.ca);
  if (o.passphrase !== undefined) connect.passphrase = o.passphrase;
  if (o.rejectUnauthorized !== undefined) connect.rejectUnauthorized = o.rejectUnauthorized;
  const dispatcher = new Agent({ connect });
  return async (input) => {
    // undici's fetch reads a Request of Node's built-in fetch as a URL string, so pass its parts.
    const body = input.body === null ? undefined : await input.arrayBuffer();
    const init = { method: input.method, headers: [...input.headers], signal: input.signal, redirect: input.redirect, dispatcher };
    const response = await undiciFetch(input.url, body === undefined ? init : { ...init, body });
    // A Response of the global class: openapi-fetch middleware checks results with instanceof.
    return new Response(response.body as ReadableStream<Uint8Array> | null, { status: response.status, statusText: response.statusText, headers: [...response.headers] });
  };
}
