/**
 * The runtime facts the generator extracts per operation, so that helpers read them instead of
 * guessing. Every field is optional: absent means "the plain default".
 */

/** The shape of a list response. */
export type ListEnvelope =
  /** `{ count, next, previous, results }` (ZGW, Objects, Klantinteracties). */
  | "page"
  /** A bare JSON array: the whole list in one response. */
  | "array"
  /** HAL: `_links.next.href` with items under `_embedded.<collection>` (BAG, BRK, WOZ, BRP 1.3). */
  | "hal";

/** Facts about one operation. */
export interface OperationFacts {
  /** Query parameters that are arrays sent comma-joined (`style: form, explode: false`). */
  readonly commaArrays?: readonly string[];
  /** Headers the spec requires, with the one value the client sends when the caller gives none. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The list envelope of the success response, when the operation returns a list. */
  readonly list?: ListEnvelope;
  /** For HAL lists: the `_embedded` member holding the items. */
  readonly collection?: string;
  /** The operation takes `page` (and maybe `pageSize`) query parameters. */
  readonly paged?: true;
  /** The success response is binary (a document download): sent with `Accept: *\/*`, parsed as Blob. */
  readonly binary?: true;
  /** Security scheme names, when they differ from the spec's default. */
  readonly security?: readonly string[];
}

/** One security scheme, summarised. */
export interface SecuritySchemeFacts {
  readonly type: string;
  readonly scheme?: string;
  readonly in?: string;
  readonly name?: string;
}

/** Facts about one generated spec. */
export interface OperationTable {
  /** API id, e.g. `zaken`. */
  readonly id: string;
  /** `info.version` of the spec. */
  readonly version: string;
  /** Registry variant, e.g. `1.5.1-openzaak-1.30.0`. */
  readonly variant: string;
  /** Security schemes declared by the spec. */
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeFacts>>;
  /** Scheme names that apply when an operation states none. */
  readonly security: readonly string[];
  /** Facts per path template and lower-case method. */
  readonly operations: Readonly<Record<string, Readonly<Record<string, OperationFacts>>>>;
}
