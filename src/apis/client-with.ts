import type { PageIterable } from "../pagination/page-iterable.js";
import type { PaginateOptions } from "../pagination/paginate-options.js";

/**
 * Structural client types for the workflows: a workflow names the operations it needs, and a client
 * of any registered version that has them fits, whichever version's `paths` it was made with.
 */

/** The HTTP methods a workflow can need. */
export type WorkflowMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD";

/** What a client call resolves to, as a workflow reads it. */
export interface AnyCallResult {
  readonly data?: any;
  readonly error?: any;
  readonly response: Response;
}

/**
 * A client that has `Method Path` (a path template of the spec, such as `/zaken/{uuid}`). Intersect
 * several to need several operations: `Needs<"POST", "/zaken"> & Needs<"GET", "/zaken/{uuid}">`.
 *
 * @example
 * ```ts
 * import type { Needs } from "commonground-sdk";
 * type ZaakCreator = Needs<"POST", "/zaken"> & Needs<"DELETE", "/zaken/{uuid}">;
 * ```
 */
export type Needs<Method extends WorkflowMethod, Path extends string> = {
  readonly [M in Method]: (path: Path, init?: any) => Promise<AnyCallResult>;
};

/**
 * A client that can walk the list at `Path` with `paginate` (page objects, bare arrays or HAL), in
 * any registered version that has it.
 *
 * @example
 * ```ts
 * import type { NeedsList } from "commonground-sdk";
 * type AddressSearcher = NeedsList<"/adressen">;
 * ```
 */
export type NeedsList<Path extends string> = {
  paginate(path: Path, init?: any, options?: PaginateOptions): PageIterable<any>;
};

/** Every client has its API root; workflows use it to turn a uuid into a URL and back. */
export interface HasBaseUrl {
  /** The API root the client was made for (no trailing slash). */
  readonly baseUrl: string;
}
