/**
 * The facts the generator writes per default API version into `src/generated/<id>/<variant>/mock-facts.ts`,
 * read only by the landscape mock (`commonground-sdk/testing`).
 */

/** An OpenAPI 3.0/3.1 schema object as found in the bundled specs (plain JSON). */
export type SchemaObject = { readonly [key: string]: unknown };

/** What the mock knows about one operation (path template + method). */
export interface MockOperationFacts {
  /** The request body: its schema (a `$ref` to `#/components/schemas/X` or inline) and media type. */
  readonly body?: { readonly mediaType: string; readonly schema: SchemaObject; readonly required?: true };
  /** Every query parameter name the operation declares. */
  readonly query?: readonly string[];
  /** Header names the spec requires (before the SDK's overlays relaxed them). */
  readonly headers?: readonly string[];
  /** The success status (first 2xx response). */
  readonly status: number;
  /** The success response schema. */
  readonly response?: SchemaObject;
  /** Takes `page`. */
  readonly paged?: true;
  /** Takes `pageSize`. */
  readonly pageSize?: true;
  /** Scope alternatives (any one suffices), from `security: [{ "JWT-Claims": ["(a | b)"] }]`. */
  readonly scopes?: readonly string[];
}

/** Mock facts of one spec. */
export interface MockFacts {
  readonly id: string;
  /** `info.version`: sent as the `API-version` response header. */
  readonly version: string;
  readonly variant: string;
  /** The first `servers[].url` of the spec. */
  readonly server: string;
  /** `components.schemas` after the SDK's overlays, `$ref`s kept as `#/components/schemas/X`. */
  readonly schemas: Readonly<Record<string, SchemaObject>>;
  /** Facts per path template and lower-case method. */
  readonly operations: Readonly<Record<string, Readonly<Record<string, MockOperationFacts>>>>;
}
