/** `createMockCommonGround`: the whole landscape in one process, in memory. */
import type { RequestHandler } from "msw";
import { ConfigError } from "../errors/config-error.js";
import { DEFAULT_BEHAVIOURS } from "./apis/index.js";
import { createDocumentenBehaviour, documentenBehaviour } from "./apis/documenten/index.js";
import { type MockApiId, SERVED_APIS } from "./engine/api-roots.js";
import type { Behaviour } from "./engine/behaviour.js";
import { Engine } from "./engine/engine.js";
import { type NotifyOptions, Notifier, type SentNotification } from "./engine/notifications.js";
import { startServer } from "./engine/server.js";
import { MockStore, type SeedData } from "./engine/store.js";
import { SEED } from "./seed/ids.js";
import { defaultSeed } from "./seed/index.js";

/** Options of {@link createMockCommonGround}. */
export interface MockCommonGroundOptions {
  /** Seed data (canonical, origin-less URLs). @default defaultSeed */
  readonly seed?: SeedData;
  /** Extra JWT clients: secret per client id (they also need an applicatie in the seed to be authorised). */
  readonly clients?: Readonly<Record<string, string>>;
  /** Fixes the clock: a Date or a function returning one. @default the real clock */
  readonly now?: Date | (() => Date);
  /** Notification delivery; `false` records notifications without delivering them. @default { retries: 3, backoffMs: 200 } */
  readonly notify?: NotifyOptions | false;
  /** The origin `baseUrls` use before `listen()` (msw tests), also treated as local in bodies. @default "http://localhost" */
  readonly baseUrl?: string;
  /** Extra behaviour modules (run after the built-in ones). */
  readonly behaviours?: readonly Behaviour[];
  /** Told about exceptions inside the engine (answered as 500). */
  readonly onError?: (error: unknown) => void;
  /** Size in bytes of the bestandsdelen Documenten cuts a large file into (the last part is the rest). @default 4294967296 (4 GiB, Open Zaak's DOCUMENTEN_UPLOAD_CHUNK_SIZE) */
  readonly uploadChunkSize?: number;
}

/** The credentials of the demo clients. */
export interface MockCredentials {
  /** ZGW JWT client (heeftAlleAutorisaties). */
  readonly clientId: string;
  /** Its HS256 secret. */
  readonly secret: string;
  /** Restricted ZGW JWT client (zaken of one zaaktype). */
  readonly restricted: { readonly clientId: string; readonly secret: string };
  /** `Authorization: Token <token>` for Objecten, Objecttypen, Klantinteracties. */
  readonly token: string;
  /** `X-Api-Key` for BRP, BAG, BRK, WOZ. */
  readonly apiKey: string;
}

/** A running landscape mock. */
export interface MockCommonGround {
  /** Base URL per API (under `baseUrl`, or the server's origin after `listen()`). */
  readonly baseUrls: Readonly<Record<MockApiId, string>>;
  /** The demo credentials: ZGW JWT clients, the Token and the API key. */
  readonly credentials: MockCredentials;
  /** msw handlers delegating to {@link MockCommonGround.fetch}; throws a ConfigError when msw is not installed. */
  readonly handlers: readonly RequestHandler[];
  /** The engine, fetch-style. */
  fetch(request: Request): Promise<Response>;
  /** Starts a node:http server. @default { port: 0, host: "127.0.0.1" } */
  listen(options?: { readonly port?: number; readonly host?: string }): Promise<{ readonly origin: string }>;
  /** Stops the server started by `listen()` (no-op when not listening). */
  close(): Promise<void>;
  /** Back to the seed. */
  reset(): void;
  /** Adds data (kept across `reset()`). */
  seed(data: SeedData): void;
  /** The notifications published so far, with their delivery results. */
  readonly notifications: readonly SentNotification[];
  /** Resolves when every notification delivery in flight has finished. */
  notificationsSettled(): Promise<void>;
}

function baseUrlsFor(origin: string): Record<MockApiId, string> {
  return Object.fromEntries(SERVED_APIS.map((api) => [api.id, `${origin}${api.root}`])) as Record<MockApiId, string>;
}

/**
 * Creates the in-memory Common Ground landscape mock: Zaken, Catalogi, Documenten, Besluiten,
 * Autorisaties, Notificaties, Klantinteracties, Objecten, Objecttypen, BRP, BAG, BRK and WOZ.
 *
 * @example
 * ```ts
 * import { createMockCommonGround } from "commonground-sdk/testing";
 * const mock = await createMockCommonGround();
 * const { origin } = await mock.listen({ port: 0 });
 * console.log(mock.baseUrls.zaken, mock.credentials.clientId);
 * await mock.close();
 * ```
 */
export async function createMockCommonGround(options: MockCommonGroundOptions = {}): Promise<MockCommonGround> {
  const fixed = options.now;
  const now = fixed === undefined ? () => new Date() : typeof fixed === "function" ? fixed : () => new Date(fixed.getTime());
  const store = new MockStore();
  store.seed(options.seed ?? defaultSeed);
  const secrets = new Map<string, string>([
    [SEED.demoClientId, SEED.demoSecret],
    [SEED.restrictedClientId, SEED.restrictedSecret],
    ...Object.entries(options.clients ?? {}),
  ]);
  const notifier = new Notifier(store, options.notify ?? {}, now);
  let origin = (options.baseUrl ?? "http://localhost").replace(/\/+$/, "");
  const localOrigins = new Set<string>([new URL(origin).origin]);
  const engine = new Engine({
    store,
    notifier,
    now,
    localOrigins,
    onError: options.onError,
    behaviours: [
      ...DEFAULT_BEHAVIOURS.map((b) => (b === documentenBehaviour && options.uploadChunkSize !== undefined ? createDocumentenBehaviour({ uploadChunkSize: options.uploadChunkSize }) : b)),
      ...(options.behaviours ?? []),
    ],
    auth: { secrets, tokens: new Set([SEED.demoToken]), apiKeys: new Set([SEED.demoApiKey]), jwtExpiry: 3600, now },
  });
  const fetch = (request: Request): Promise<Response> => engine.fetch(request);
  let msw: typeof import("msw") | undefined;
  try {
    msw = await import("msw");
  } catch {
    msw = undefined;
  }
  let handlers: RequestHandler[] | undefined;
  let server: { origin: string; close(): Promise<void> } | undefined;
  const mock: MockCommonGround = {
    get baseUrls() {
      return baseUrlsFor(origin);
    },
    credentials: {
      clientId: SEED.demoClientId,
      secret: SEED.demoSecret,
      restricted: { clientId: SEED.restrictedClientId, secret: SEED.restrictedSecret },
      token: SEED.demoToken,
      apiKey: SEED.demoApiKey,
    },
    get handlers(): readonly RequestHandler[] {
      if (!msw) throw new ConfigError("createMockCommonGround", [{ path: "handlers", message: "install msw to use mock.handlers (npm i -D msw), or use mock.listen()" }]);
      const { http } = msw;
      handlers ??= SERVED_APIS.map((api) => http.all(`*${api.root}/*`, ({ request }) => engine.fetch(request)));
      return handlers;
    },
    fetch,
    async listen(listenOptions = {}) {
      if (server) throw new ConfigError("listen", [{ path: "listen", message: "the mock is already listening: call close() first" }]);
      server = await startServer(fetch, listenOptions);
      origin = server.origin;
      localOrigins.add(server.origin);
      return { origin: server.origin };
    },
    async close() {
      const running = server;
      server = undefined;
      await running?.close();
    },
    reset: () => store.reset(),
    seed: (data) => store.seed(data),
    get notifications() {
      return notifier.sent;
    },
    notificationsSettled: () => notifier.settled(),
  };
  return mock;
}
