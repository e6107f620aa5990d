/**
 * The stand-in for commonground-sdk/node outside Node (browsers, edge runtimes): the same exports,
 * each throwing a `ConfigError` that says where the feature lives.
 */
import type { FetchLike } from "../core/fetch-like.js";
import { ConfigError } from "../errors/config-error.js";
import type { ClientCertificateOptions } from "../node/client-certificate-options.js";

export type { ClientCertificateOptions, Pem } from "../node/client-certificate-options.js";

/**
 * Outside Node: always throws a `ConfigError`, as only Node can present a client certificate.
 *
 * @example
 * ```ts
 * import { clientCertificateFetch } from "commonground-sdk/node";
 * // In a browser bundle this throws: the browser (or a gateway) holds the certificate instead.
 * clientCertificateFetch({ cert: "-----BEGIN CERTIFICATE-----…", key: "-----BEGIN PRIVATE KEY-----…" });
 * ```
 */
export function clientCertificateFetch(_options: ClientCertificateOptions): FetchLike {
  throw new ConfigError("clientCertificateFetch", [
    {
      path: "",
      message: "client certificates (mTLS) need Node: import commonground-sdk/node in a Node process; in browsers the browser or a gateway holds the certificate",
    },
  ]);
}

/** A fetch-style handler, such as the one `createNotificationHandler` returns. */
export type FetchHandler = (request: Request) => Promise<Response> | Response;

/** Outside Node there are no Node `http` listeners; the type is kept so shared code type-checks. */
export type NodeListener = (req: never, res: never, next?: (error?: unknown) => void) => Promise<void>;

/**
 * Outside Node: always throws a `ConfigError`. Edge runtimes, Bun and Deno take the fetch-style
 * handler as it is.
 *
 * @example
 * ```ts
 * import { toNodeListener } from "commonground-sdk/node";
 * // In an edge bundle this throws: export createNotificationHandler(...) as the route handler instead.
 * ```
 */
export function toNodeListener(_handler: FetchHandler): NodeListener {
  throw new ConfigError("toNodeListener", [
    { path: "", message: "Node http listeners need Node: in edge runtimes, Bun and Deno pass the fetch-style handler to the runtime directly" },
  ]);
}

/** Options of `readableContent` (Node only). */
export interface ReadableContentOptions {
  /** The number of bytes the stream yields. */
  readonly size?: number;
}

/**
 * Outside Node: always throws a `ConfigError`. In a browser, pass the `File` (a Blob) from an
 * `<input type="file">` to `uploadDocument` instead.
 *
 * @example
 * ```ts
 * import { fileContent } from "commonground-sdk/node";
 * // In a browser bundle this throws: pass input.files[0] to uploadDocument instead.
 * ```
 */
export async function fileContent(_path: string | URL): Promise<Blob> {
  throw new ConfigError("fileContent", [
    { path: "", message: "file paths need Node: in a browser pass the File (a Blob) from an <input type=file> to uploadDocument" },
  ]);
}

/**
 * Outside Node: always throws a `ConfigError`. Pass a web `ReadableStream<Uint8Array>` as
 * `{ stream, size }` to `uploadDocument` instead.
 *
 * @example
 * ```ts
 * import { readableContent } from "commonground-sdk/node";
 * // In an edge bundle this throws: pass { stream: response.body, size } to uploadDocument instead.
 * ```
 */
export function readableContent(_readable: unknown, _options?: ReadableContentOptions): never {
  throw new ConfigError("readableContent", [
    { path: "", message: "Node Readables need Node: pass a web ReadableStream<Uint8Array> as { stream, size } to uploadDocument instead" },
  ]);
}
