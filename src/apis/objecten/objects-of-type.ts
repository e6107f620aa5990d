import { isUuid } from "../shared/is-uuid.js";
import type { ReadableBody } from "../../client/client-types.js";
import { ConfigError, type ConfigIssue } from "../../errors/config-error.js";
import { redactUrl } from "../../errors/redact.js";
import { ValidationError } from "../../errors/validation-error.js";
import type { components } from "../../generated/objecten/2.7.0-objects-4.0.0/types.js";
import type { PageIterable } from "../../pagination/page-iterable.js";
import type { PaginateOptions } from "../../pagination/paginate-options.js";
import type { HasBaseUrl, Needs, NeedsList } from "../client-with.js";
import { amsterdamDay, isIsoDate } from "../shared/calendar-day.js";
import { checkClient, checkOptionsObject } from "../shared/check-client.js";
import { isAbsoluteHttpUrl } from "../shared/is-absolute-http-url.js";
import { untilAborted } from "../shared/until-aborted.js";
import { checkSearch } from "./check-search.js";
import { type DataFilter, dataAttrExpressions } from "./data-attr.js";
import { type DataValidators, type ObjecttypeVersionReader, checkData, loadDataValidators } from "./objecttype-data-schema.js";

/** A GeoJSON geometry, as the Objects API takes and returns it (EPSG:4326). */
export type Geometry = ReadableBody<components["schemas"]["GeoJSONGeometry"]>;

/** An object of one objecttype, with its actual record; `record.data` is `TData`. */
export interface TypedObject<TData> {
  readonly url: string;
  readonly uuid: string;
  /** The objecttype URL. */
  readonly type: string;
  readonly record: {
    readonly index?: number;
    readonly typeVersion: number;
    readonly data: TData;
    readonly geometry?: Geometry | null;
    readonly startAt: string;
    readonly endAt?: string | null;
    readonly registrationAt?: string;
    readonly correctionFor?: number | null;
    readonly correctedBy?: number | null;
  };
}


/** What {@link objectsOfType} needs of an Objects API client. */
export type ObjectenRecordClient = HasBaseUrl &
  Needs<"POST", "/objects"> &
  Needs<"GET", "/objects/{uuid}"> &
  Needs<"PUT", "/objects/{uuid}"> &
  Needs<"PATCH", "/objects/{uuid}"> &
  NeedsList<"/objects"> &
  NeedsList<"/objects/search">;

/** Options of {@link objectsOfType}. */
export interface ObjectsOfTypeOptions {
  /** The objecttype URL, e.g. `https://objecttypen.example.nl/api/v2/objecttypes/{uuid}`. */
  readonly type: string;
  /** The objecttype version records are written with; required for create, update and patch. */
  readonly typeVersion?: number;
  /**
   * An Objecttypes API client (or the Objects API 4 client itself): `data` is then validated
   * against the version's JSON schema before anything is sent (fetched once, then cached).
   */
  readonly objecttypen?: ObjecttypeVersionReader & HasBaseUrl;
}

/** Options of a write. */
export interface WriteOptions {
  /** The record's legal start date (`YYYY-MM-DD`). @default today in Europe/Amsterdam */
  readonly startAt?: string;
  /** The record's geometry, when the objecttype allows one. */
  readonly geometry?: Geometry | null;
  readonly signal?: AbortSignal;
}

/** A search over the objects of the type. */
export interface ObjectSearchQuery {
  /** Filters on `record.data`, all of which must hold (sent as repeated `data_attr`). */
  readonly where?: readonly DataFilter[];
  /** Only objects whose geometry lies within this one (uses `POST /objects/search`). */
  readonly within?: Geometry;
  /** The material date records are shown for (`YYYY-MM-DD`, a real calendar day). @default today (server) */
  readonly date?: string;
  /** Page size asked of the server, a whole number from 1 to 500. */
  readonly pageSize?: number;
}

/** The typed accessor {@link objectsOfType} returns. */
export interface ObjectsOfType<TData> {
  /** Creates an object with its first record (`POST /objects`). */
  create(data: TData, options?: WriteOptions): Promise<TypedObject<TData>>;
  /** Replaces the data with a new record (`PUT /objects/{uuid}`). */
  update(uuid: string, data: TData, options?: WriteOptions): Promise<TypedObject<TData>>;
  /** Adds a record whose data the server merges recursively into the current one (`PATCH /objects/{uuid}`). */
  patch(uuid: string, data: Partial<TData>, options?: WriteOptions): Promise<TypedObject<TData>>;
  /** Reads one object (`GET /objects/{uuid}`); a ValidationError when it is of another objecttype. */
  get(uuid: string, options?: { readonly signal?: AbortSignal }): Promise<TypedObject<TData>>;
  /** The objects of the type that match, over every page. */
  search(query: ObjectSearchQuery, options?: PaginateOptions): PageIterable<TypedObject<TData>>;
  /** Every object of the type, over every page (`GET /objects?type=…`). */
  all(options?: PaginateOptions): PageIterable<TypedObject<TData>>;
}


/**
 * A typed accessor for the objects of one objecttype in the Objects API: create, update, patch,
 * get, search and list records whose `data` is `TData`. With `objecttypen`, `data` is checked
 * against the objecttype version's JSON schema before it is sent; a mismatch throws a
 * `DataValidationError` (a `ValidationError`) naming the field (`data.beleidsstatus`) and the
 * schema's rule, in `issues` and in `invalidParams` (`{ name: "data.beleidsstatus", code, reason }`,
 * shaped like the server's 400), and sends nothing. The schema is fetched once per accessor and
 * shared by its writes; one caller aborting does not fail the others, and a failed fetch is tried
 * again on the next write.
 *
 * `search` sends `where` as `data_attr` expressions (`key__op__value`). Quotes, commas (except in
 * the comma-separated `data_attrs` of a geometry search with several filters) and other characters
 * are safe, the query is percent-encoded. A value containing `__` or starting with `_` is refused
 * with a `ConfigError`: the server splits each expression at its last two `__` and has no escape
 * for them, so such a value would be read as another key or operator. Filter those on the client.
 *
 * @example
 * ```ts
 * import { createObjectenClient, objectsOfType } from "commonground-sdk/objecten";
 * interface Boom { beleidsstatus?: string; kiemjaar?: number }
 * const bomen = objectsOfType<Boom>(objecten, { type: boomTypeUrl, typeVersion: 1, objecttypen: objecten });
 * const boom = await bomen.create({ kiemjaar: 1987 });
 * for await (const oud of bomen.search({ where: [{ path: "kiemjaar", op: "lt", value: 1950 }] })) console.log(oud.uuid);
 * ```
 * @throws {ConfigError} when the client is missing, `type` is not an absolute URL or `typeVersion`
 *   not a whole number ≥ 1; from the methods, for a bad uuid, options, `where`, `date` or `pageSize`.
 */
export function objectsOfType<TData>(objecten: ObjectenRecordClient, options: ObjectsOfTypeOptions): ObjectsOfType<TData> {
  checkClient("objectsOfType", objecten, ["POST", "GET", "PUT", "PATCH", "paginate"]);
  if (typeof options !== "object" || options === null) throw new ConfigError("objectsOfType", [{ path: "options", message: "pass { type, typeVersion?, objecttypen? }" }]);
  const issues: ConfigIssue[] = [];
  if (!isAbsoluteHttpUrl(options?.type)) issues.push({ path: "type", message: "pass the objecttype's absolute http(s) URL" });
  const version = options?.typeVersion;
  if (version !== undefined && (!Number.isInteger(version) || version < 1 || version > 32767)) issues.push({ path: "typeVersion", message: "pass the objecttype version, a whole number from 1" });
  if (options.objecttypen !== undefined) {
    try {
      checkClient("objectsOfType", options.objecttypen, ["GET"]);
    } catch {
      issues.push({ path: "objecttypen", message: "pass an Objecttypes API client (or the Objects API 4 client), or leave it out" });
    }
  }
  if (issues.length) throw new ConfigError("objectsOfType", issues);
  const { type, objecttypen } = options;
  let validators: Promise<DataValidators> | undefined;

  /** The shared schema load: without any caller's signal, so one caller aborting fails no other. */
  const loadShared = (reader: NonNullable<typeof objecttypen>, v: number): Promise<DataValidators> => {
    if (validators) return validators;
    const loading = loadDataValidators(reader, type, v).catch((error: unknown) => {
      if (validators === loading) validators = undefined; // a failed fetch is tried again on the next write
      throw error;
    });
    validators = loading;
    return loading;
  };
  const validate = async (which: keyof DataValidators, data: unknown, operation: string, signal: AbortSignal | undefined): Promise<void> => {
    if (typeof data !== "object" || data === null || Array.isArray(data)) throw new ConfigError(`objectsOfType.${operation}`, [{ path: "data", message: "pass the record data as an object" }]);
    if (!objecttypen || version === undefined) return;
    checkData((await untilAborted(loadShared(objecttypen, version), signal))[which], data, operation, version);
  };
  const body = (data: unknown, operation: string, write: WriteOptions = {}) => {
    checkOptionsObject(`objectsOfType.${operation}`, write);
    if (version === undefined) throw new ConfigError(`objectsOfType.${operation}`, [{ path: "typeVersion", message: "pass typeVersion to objectsOfType to write records" }]);
    const startAt = write.startAt ?? today();
    if (typeof startAt !== "string" || !isIsoDate(startAt)) throw new ConfigError(`objectsOfType.${operation}`, [{ path: "startAt", message: "pass a date as YYYY-MM-DD" }]);
    const record: Record<string, unknown> = { typeVersion: version, data, startAt };
    if (write.geometry !== undefined) record.geometry = write.geometry;
    return { type, record };
  };
  /** The request body of a write, after its options and its data (against the objecttype's schema) are checked. */
  const checked = async (data: unknown, operation: "create" | "update" | "patch", write: WriteOptions) => {
    const request = body(data, operation, write);
    await validate(operation === "patch" ? "partial" : "full", data, operation, write.signal);
    return request;
  };
  const path = (uuid: string, operation: string) => {
    if (typeof uuid !== "string" || !isUuid(uuid)) throw new ConfigError(`objectsOfType.${operation}`, [{ path: "uuid", message: "pass the object's uuid" }]);
    return { path: { uuid } };
  };

  return {
    async create(data, write = {}) {
      const { data: created } = await objecten.POST("/objects", { body: await checked(data, "create", write), throwOnError: true, signal: write.signal });
      return created as TypedObject<TData>;
    },
    async update(uuid, data, write = {}) {
      const params = path(uuid, "update");
      const { data: updated } = await objecten.PUT("/objects/{uuid}", { params, body: await checked(data, "update", write), throwOnError: true, signal: write.signal });
      return updated as TypedObject<TData>;
    },
    async patch(uuid, data, write = {}) {
      const params = path(uuid, "patch");
      const { data: patched } = await objecten.PATCH("/objects/{uuid}", { params, body: await checked(data, "patch", write), throwOnError: true, signal: write.signal });
      return patched as TypedObject<TData>;
    },
    async get(uuid, read = {}) {
      checkOptionsObject("objectsOfType.get", read);
      const { data } = await objecten.GET("/objects/{uuid}", { params: path(uuid, "get"), throwOnError: true, signal: read.signal });
      const object = data as TypedObject<TData>;
      if (object?.type !== type) {
        throw new ValidationError(`objectsOfType.get: object ${uuid} is of objecttype ${redactUrl(String(object?.type))}, not ${redactUrl(type)}`, [
          { path: ["type"], code: "other_objecttype", message: "the object is of another objecttype" },
        ]);
      }
      return object;
    },
    search(query, paginate) {
      checkSearch(query);
      const where = query?.where ?? [];
      if (query?.within === undefined) {
        const q: Record<string, unknown> = { type, data_attr: dataAttrExpressions(where, false) };
        if (query?.date !== undefined) q.date = query.date;
        if (query?.pageSize !== undefined) q.pageSize = query.pageSize;
        return objecten.paginate("/objects", { params: { query: q } }, paginate) as PageIterable<TypedObject<TData>>;
      }
      // The search body takes one `data_attr` expression, or several in the comma-separated `data_attrs`.
      const expressions = dataAttrExpressions(where, where.length > 1);
      const request: Record<string, unknown> = { type, geometry: { within: query.within } };
      if (expressions.length === 1) request.data_attr = expressions[0];
      if (expressions.length > 1) request.data_attrs = expressions.join(",");
      if (query.date !== undefined) request.date = query.date;
      const init = { body: request, params: { query: query.pageSize === undefined ? {} : { pageSize: query.pageSize } } };
      return objecten.paginate("/objects/search", init, paginate) as PageIterable<TypedObject<TData>>;
    },
    all(paginate) {
      return objecten.paginate("/objects", { params: { query: { type } } }, paginate) as PageIterable<TypedObject<TData>>;
    },
  };
}

/** Today's date in Europe/Amsterdam, the legal date of Dutch registrations. */
function today(): string {
  return amsterdamDay(new Date());
}
