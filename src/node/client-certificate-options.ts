/**
 * PEM text: a string, or its bytes (a Node `Buffer` is a `Uint8Array`).
 *
 * @example
 * ```ts
 * import type { Pem } from "commonground-sdk/node";
 * const cert: Pem = readFileSync("client.crt");
 * ```
 */
export type Pem = string | Uint8Array;

/**
 * Options of `clientCertificateFetch`: the PKIoverheid (or other) client certificate for mTLS.
 * Free of Node types, so the browser stand-in can share it.
 *
 * @example
 * ```ts
 * import { type ClientCertificateOptions, clientCertificateFetch } from "commonground-sdk/node";
 * const options: ClientCertificateOptions = { cert: readFileSync("client.crt"), key: readFileSync("client.key") };
 * const fetch = clientCertificateFetch(options);
 * ```
 */
export interface ClientCertificateOptions {
  /** The client certificate in PEM (`-----BEGIN CERTIFICATE-----`), optionally followed by its chain. */
  readonly cert: Pem;
  /** The private key of `cert` in PEM (`-----BEGIN PRIVATE KEY-----`, RSA or EC, optionally encrypted). */
  readonly key: Pem;
  /** CA certificates to trust for the server instead of Node's defaults, e.g. the PKIoverheid roots. */
  readonly ca?: Pem | readonly Pem[] | undefined;
  /** The passphrase of an encrypted `key`. */
  readonly passphrase?: string | undefined;
  /** Check the server's certificate (never turn this off outside a test). @default true */
  readonly rejectUnauthorized?: boolean | undefined;
}
