/**
 * commonground-sdk/node: what only a Node process can do. Today that is mTLS with a client
 * certificate (PKIoverheid) through undici. Browsers and edge runtimes get a stand-in whose
 * `clientCertificateFetch` throws a `ConfigError` saying so.
 */
export { clientCertificateFetch } from "./client-certificate-fetch.js";
export type { ClientCertificateOptions, Pem } from "./client-certificate-options.js";
