/**
 * commonground-sdk/node: what only a Node process can do: mTLS with a client certificate
 * (PKIoverheid) through undici, and Node `http` adapters for the fetch-style handlers (the
 * notification webhook). Browsers and edge runtimes get a stand-in whose exports throw a
 * `ConfigError` saying so.
 */
export { clientCertificateFetch } from "./client-certificate-fetch.js";
export type { ClientCertificateOptions, Pem } from "./client-certificate-options.js";
export { toNodeListener } from "./to-node-listener.js";
export type { FetchHandler, NodeListener } from "./to-node-listener.js";
export { fileContent, readableContent } from "./document-content.js";
export type { ReadableContentOptions } from "./document-content.js";
