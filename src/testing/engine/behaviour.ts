/**
 * Per-API rules as small modules on top of the generic engine: hooks around create/update/delete,
 * extra routes, and how writes become notifications.
 */
import type { ServedApi } from "./api-roots.js";
import type { Caller } from "./auth.js";
import type { InvalidParam } from "./problems.js";
import type { MockRecord, MockStore } from "./store.js";

/** A record found by its canonical URL. */
export interface Resolved {
  readonly api: ServedApi;
  /** Path template of the item, e.g. `/zaaktypen/{uuid}`. */
  readonly template: string;
  /** Concrete collection path, e.g. `/zaaktypen`. */
  readonly collection: string;
  readonly id: string;
  readonly record: MockRecord;
}

/** What a hook or route gets. */
export interface BehaviourContext {
  readonly api: ServedApi;
  readonly store: MockStore;
  readonly request: Request;
  /** The request's origin (what URLs are rendered with). */
  readonly origin: string;
  readonly method: string;
  readonly template: string;
  readonly params: Readonly<Record<string, string>>;
  /** Concrete collection path of the record (`/zaken`). */
  readonly collection: string;
  /** The record being written (create/update: validated, canonical, writable by hooks) or deleted. */
  readonly record: MockRecord;
  /** The stored record before an update/delete. */
  readonly previous: MockRecord | undefined;
  /** The request body as sent (parsed JSON, before validation) of a create/update: which keys a PATCH named. */
  readonly body?: unknown;
  readonly caller: Caller;
  readonly now: () => Date;
  /** The mock's own clock as `YYYY-MM-DD`. */
  today(): string;
  /** Throws a 400 ValidatieFout with these invalidParams. */
  fail(...params: readonly (Omit<InvalidParam, "reason"> & { reason?: string })[]): never;
  /** The record behind a canonical (or local absolute) URL, if the mock holds it. */
  resolve(url: unknown): Resolved | undefined;
  /** Publishes a notification (kanaal, resource, actie…); URLs canonical. */
  publish(message: NotificationDraft): void;
  /**
   * POSTs to a URL outside the mock with the notifier's fetch (the NRC's abonnement callback check);
   * undefined when delivery is off (`notify: false`). Network errors reject.
   */
  callback?(url: string, init: RequestInit): Promise<Response> | undefined;
  /** Stores a new record in a collection of an API (server-side writes), returning its canonical URL. */
  insert(api: string, collection: string, record: MockRecord): string;
}

/** A route handler: returns the JSON body (rendered by the engine) and status, or a Response. */
export type RouteHandler = (ctx: BehaviourContext, body: unknown) => Promise<RouteResult> | RouteResult;

/** What a route returns. */
export type RouteResult = Response | { readonly status: number; readonly body?: unknown };

/** A notification before it is rendered and delivered. */
export interface NotificationDraft {
  readonly kanaal: string;
  readonly hoofdObject: string;
  readonly resource: string;
  readonly resourceUrl: string;
  readonly actie: string;
  readonly kenmerken: Readonly<Record<string, string>>;
  /** When the actie happened (a client's `POST /notificaties`); the mock's clock otherwise. */
  readonly aanmaakdatum?: string;
  /** Optional `source` of a published message (Open Notificaties). */
  readonly source?: string;
}

/** How writes in an API become notifications (zgw-rules 7.5). */
export interface NotificationRule {
  readonly kanaal: string | ((collectionTemplate: string) => string | undefined);
  /** `resource` name per collection template (`/zaken` → `zaak`); collections not listed send nothing. */
  readonly resources: Readonly<Record<string, string>>;
  /** The main object of a record (itself, or the zaak it points to). */
  hoofdObject(record: MockRecord, ctx: BehaviourContext): MockRecord | undefined;
  kenmerken(main: MockRecord, ctx: BehaviourContext): Record<string, string>;
}

/** A behaviour module of one API. */
export interface Behaviour {
  /** The API id it applies to (`zaken`, `catalogi`, …). */
  readonly api: string;
  readonly notifications?: NotificationRule;
  /** For a sub-resource, the field naming its main object (`zaak`, `informatieobject`, `besluit`). */
  readonly mainField?: string;
  /**
   * For a main resource, the field naming its type, by create template (`{ "/zaken": "zaaktype" }`).
   * The engine checks that the type is published before the type-bound scope check, so a concept type
   * is `400 not-published`, not 403, as Open Zaak validates permission fields first (zgw-rules 1.4).
   */
  readonly publishedType?: Readonly<Record<string, string>>;
  /** After body validation and the scope check, before the record is stored: may change it or `ctx.fail`. */
  beforeCreate?(ctx: BehaviourContext): void | Promise<void>;
  /** After the record is stored, before the notification is published. */
  afterCreate?(ctx: BehaviourContext): void | Promise<void>;
  /** After validation and the scope check of a PUT/PATCH, before the new record is stored (`ctx.previous` is the old one). */
  beforeUpdate?(ctx: BehaviourContext): void | Promise<void>;
  /** After the updated record is stored. */
  afterUpdate?(ctx: BehaviourContext): void | Promise<void>;
  /** After the scope check of a DELETE, before the record is removed: may refuse with `ctx.fail`. */
  beforeDelete?(ctx: BehaviourContext): void | Promise<void>;
  /** After the record is removed (cascades go here). */
  afterDelete?(ctx: BehaviourContext): void | Promise<void>;
  /** The record a retrieve shows instead of the stored one (an older version: `?versie=`); throw a MockProblem for none. */
  readRecord?(record: MockRecord, query: URLSearchParams, ctx: BehaviourContext): MockRecord;
  /** Extra filtering of list results (after the generic filters). */
  filterList?(records: MockRecord[], query: URLSearchParams, ctx: Omit<BehaviourContext, "record" | "previous" | "collection">): MockRecord[];
  /** Routes by `"<method> <template>"`, e.g. `"post /zaaktypen/{uuid}/publish"`; they win over generic CRUD. */
  readonly routes?: Readonly<Record<string, RouteHandler>>;
}

/**
 * Declares the behaviour of one API (identity function, for typing).
 *
 * @example
 * ```ts
 * import { defineBehaviour } from "commonground-sdk/testing";
 * export const zaken = defineBehaviour({ api: "zaken", beforeCreate(ctx) { ctx.record.identificatie ??= "ZAAK-1"; } });
 * ```
 */
export function defineBehaviour(behaviour: Behaviour): Behaviour {
  return behaviour;
}
