import type { PageIterable } from "../pagination/page-iterable.js";
import type { ExpandKey, ExpandedBody } from "../core/expand-types.js";
import type { PaginateOptions } from "../pagination/paginate-options.js";
import type { CallOptions } from "../transport/call-options.js";
import type { MaybeOptionalInit, Middleware } from "openapi-fetch";
import type {
  $Read,
  $Write,
  ErrorResponse,
  HttpMethod,
  MediaType,
  PathsWithMethod,
  RequiredKeysOf,
  ResponseObjectMap,
  SuccessResponse,
} from "openapi-typescript-helpers";

/** What openapi-typescript `paths` look like (any object type: generated interfaces have no index signature). */
export type PathsLike = {};

type OperationOf<PathItem, Method> = Method extends keyof PathItem ? Extract<PathItem[Method], Record<string | number, any>> : never;
type InitOf<PathItem, Method> = Method extends keyof PathItem ? MaybeOptionalInit<PathItem, Method> & CallOptions : never;

/** `paginate`'s init (optional when the operation needs nothing) and options. */
type PaginateArgs<Init> = RequiredKeysOf<Init> extends never ? [init?: Init, options?: PaginateOptions] : [init: Init, options?: PaginateOptions];

/** The init argument of a call: optional when the operation needs nothing. */
type InitArgs<Init> = RequiredKeysOf<Init> extends never ? [init?: Init] : [init: Init];

/**
 * A response body as the caller reads it: `$Read` markers unwrapped, writeOnly fields dropped, and
 * `Blob` (binary downloads) kept whole, where openapi-typescript-helpers' `Readable` would map
 * Blob's methods away.
 */
export type ReadableBody<T> = T extends Blob
  ? Blob
  : T extends $Write<any>
    ? never
    : T extends $Read<infer U>
      ? ReadableBody<U>
      : T extends (infer E)[]
        ? ReadableBody<E>[]
        : T extends object
          ? { [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: ReadableBody<T[K]> }
          : T;

/**
 * The result of a call: openapi-fetch's `{ data, error, response }` union. `data` is the parsed JSON
 * (or a Blob for binary downloads); a `parseAs` other than the default is not reflected in the type.
 */
export type CallResult<Operation extends Record<string | number, any>> =
  | { data: ReadableBody<SuccessResponse<ResponseObjectMap<Operation>, MediaType>>; error?: never; response: Response }
  | { data?: never; error: ReadableBody<ErrorResponse<ResponseObjectMap<Operation>, MediaType>>; response: Response };

/** The success body of one operation, as the caller reads it. */
export type DataOf<PathItem, Method> = ReadableBody<SuccessResponse<ResponseObjectMap<OperationOf<PathItem, Method>>, MediaType>>;

/**
 * The item type of a list response: a bare array's element, a page object's `results` element, or
 * the element of a HAL `_embedded` collection.
 */
export type ListItem<Data> = Data extends readonly (infer I)[]
  ? I
  : Data extends { results?: infer R }
    ? NonNullable<R> extends readonly (infer I)[]
      ? I
      : never
    : Data extends { _embedded?: infer E }
      ? NonNullable<NonNullable<E>[keyof NonNullable<E>]> extends readonly (infer I)[]
        ? I
        : never
      : never;

type IsList<PathItem, Method> = Method extends keyof PathItem ? ([ListItem<DataOf<PathItem, Method>>] extends [never] ? false : true) : false;

/** The method `paginate` uses for a path: its GET when that returns a list, else a POST search. */
export type ListMethod<PathItem> = IsList<PathItem, "get"> extends true ? "get" : IsList<PathItem, "post"> extends true ? "post" : never;

/** The paths of an API whose GET (or POST search, such as `/zaken/_zoek`) returns a list. */
export type ListPath<Paths> = { [P in keyof Paths]: [ListMethod<Paths[P]>] extends [never] ? never : P }[keyof Paths];

/** The result of an `expand` call: `data` typed by the expand list. */
export type ExpandResult<Operation extends Record<string | number, any>, Keys extends string> =
  | { data: ExpandedBody<ReadableBody<SuccessResponse<ResponseObjectMap<Operation>, MediaType>>, Keys>; error?: never; response: Response }
  | { data?: never; error: ReadableBody<ErrorResponse<ResponseObjectMap<Operation>, MediaType>>; response: Response };

/**
 * One HTTP method of a client. Unlike bare openapi-fetch, `init` is not a free type parameter, so an
 * unknown field in a request body or an unknown query parameter is a type error.
 */
export type ClientMethod<Paths extends PathsLike, Method extends HttpMethod> = <Path extends PathsWithMethod<Paths, Method>>(
  path: Path,
  ...init: InitArgs<InitOf<Paths[Path], Method>>
) => Promise<CallResult<OperationOf<Paths[Path], Method>>>;

/**
 * A typed Common Ground client: openapi-fetch's methods and middleware hooks, typed with one spec
 * version's `paths`, with the API's defaults applied.
 */
export interface CommonGroundClient<Paths extends PathsLike> {
  /** `GET` a path of this API. */
  readonly GET: ClientMethod<Paths, "get">;
  /** `POST` to a path of this API. */
  readonly POST: ClientMethod<Paths, "post">;
  /** `PUT` a path of this API. */
  readonly PUT: ClientMethod<Paths, "put">;
  /** `PATCH` a path of this API. */
  readonly PATCH: ClientMethod<Paths, "patch">;
  /** `DELETE` a path of this API. */
  readonly DELETE: ClientMethod<Paths, "delete">;
  /** `HEAD` a path of this API (no body is parsed). */
  readonly HEAD: ClientMethod<Paths, "head">;
  /** `OPTIONS` a path of this API. */
  readonly OPTIONS: ClientMethod<Paths, "options">;
  /**
   * Walks a list operation page by page (page objects, bare arrays, HAL), following `next` as an
   * opaque URL: iterate it for the items, or use `.byPage()` / `.toArray({ maxItems })`.
   *
   * @example
   * ```ts
   * for await (const zaak of zaken.paginate("/zaken", { params: { query: { bronorganisatie: "002220647" } } })) console.log(zaak.identificatie);
   * ```
   */
  paginate<Path extends ListPath<Paths>>(
    path: Path,
    ...args: PaginateArgs<InitOf<Paths[Path], ListMethod<Paths[Path]>>>
  ): PageIterable<ListItem<DataOf<Paths[Path], ListMethod<Paths[Path]>>>>;
  /**
   * GETs a path with `expand`, typing `_expand` by the list: the named members are there, and a
   * dotted path (`status.statustype`) types the nested member's own `_expand`. Sent as the spec
   * wants it (a comma-separated string, or an array for Klantinteracties).
   *
   * @example
   * ```ts
   * const { data } = await zaken.expand("/zaken/{uuid}", ["zaaktype", "status.statustype"], { params: { path: { uuid } } });
   * data?._expand.zaaktype; // typed, no longer optional
   * ```
   */
  expand<Path extends PathsWithMethod<Paths, "get">, const Keys extends readonly ExpandKey<DataOf<Paths[Path], "get">>[]>(
    path: Path,
    expand: Keys,
    ...init: InitArgs<InitOf<Paths[Path], "get">>
  ): Promise<ExpandResult<OperationOf<Paths[Path], "get">, Keys[number]>>;
  /** The API root this client was made for (no trailing slash). */
  readonly baseUrl: string;
  /**
   * The `API-version` header of the last response this client received (ZGW and Haal Centraal
   * servers send it on every response), or `undefined` before the first. Useful to see which version
   * a municipality actually runs.
   *
   * @example
   * ```ts
   * await zaken.GET("/zaken");
   * console.log(zaken.apiVersion); // e.g. "1.5.1" on Open Zaak 1.30
   * ```
   */
  readonly apiVersion: string | undefined;
  /**
   * GETs an absolute URL (a reference another API gave, a `next` link) through this client: its
   * credentials only when the URL is under its origin, its retries, timeouts and typed errors
   * (a failure throws). Resolves to the parsed JSON body and the response.
   */
  getUrl(url: string, init?: { signal?: AbortSignal; headers?: Readonly<Record<string, string>> }): Promise<{ data: unknown; response: Response }>;
  /** Adds openapi-fetch middleware; requests pass them in registration order, responses in reverse. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void;
}
