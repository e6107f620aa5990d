/**
 * Where the demo runs: the embedded landscape mock over real HTTP (default), or a real deployment
 * (`--base-url`, credentials from the environment or `--env-file`). Builds the SDK clients with the
 * credentials each API family uses, and the transcript's hooks on every client.
 */
import { type Hooks, apiKey, composeAuth, createCommonGround, protocolHeaders, zgwJwt } from "../../src/index.js";
import { createBagClient } from "../../src/generated/bag/index.js";
import { createBrpPersonenClient } from "../../src/generated/brp-personen/index.js";
import { createCatalogiClient } from "../../src/generated/catalogi/index.js";
import { createDocumentenClient } from "../../src/generated/documenten/index.js";
import { createNotificatiesClient } from "../../src/generated/notificaties/index.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import { createMockCommonGround } from "../../src/testing/index.js";

/** What the demo needs to know about its target. */
export interface Target {
  /** `embedded` for the mock in this process, else the deployment's origin. */
  readonly kind: "embedded" | "remote";
  readonly label: string;
  readonly baseUrls: {
    readonly zaken: string;
    readonly catalogi: string;
    readonly documenten: string;
    readonly notificaties: string;
    readonly brp: string;
    readonly bag: string;
  };
  readonly clientId: string;
  readonly secret: string;
  readonly apiKey: string;
  /** The applicant's BSN (a fictional test BSN on the mock). */
  readonly bsn: string;
  readonly zaaktype: string;
  readonly rsin: string;
  /** Stops the embedded mock. */
  close(): Promise<void>;
}

/** The API roots the mock serves, and that `--base-url` assumes (Open Zaak's layout). */
const ROOTS = {
  zaken: "/zaken/api/v1",
  catalogi: "/catalogi/api/v1",
  documenten: "/documenten/api/v1",
  notificaties: "/notificaties/api/v1",
  brp: "/haalcentraal/api/brp",
  bag: "/lvbag/individuelebevragingen/v2",
} as const;

/** Starts the embedded landscape on a free loopback port. `secret` overrides the demo secret (to show a failure). */
export async function embedded(secret: string | undefined): Promise<Target> {
  // Bestandsdelen of 512 KiB, so that the 3 MiB upload goes in several parts (Open Zaak's default is far larger).
  const mock = await createMockCommonGround({ uploadChunkSize: 512 * 1024 });
  const { origin } = await mock.listen({ port: 0 });
  const baseUrls = Object.fromEntries(Object.entries(ROOTS).map(([key, root]) => [key, `${origin}${root}`])) as Target["baseUrls"];
  return {
    kind: "embedded",
    label: `the embedded landscape on ${origin}`,
    baseUrls,
    clientId: mock.credentials.clientId,
    secret: secret ?? mock.credentials.secret,
    apiKey: mock.credentials.apiKey,
    bsn: "999993653",
    zaaktype: "PARKEERVERGUNNING",
    rsin: "002220647",
    close: () => mock.close(),
  };
}

/** A real deployment: every API under `origin` at Open Zaak's roots; credentials from the environment. */
export function remote(origin: string, env: NodeJS.ProcessEnv): Target {
  const need = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`set ${name} (in the environment or the --env-file) to run against ${origin}`);
    return value;
  };
  const base = origin.replace(/\/+$/, "");
  const baseUrls = Object.fromEntries(Object.entries(ROOTS).map(([key, root]) => [key, env[`CG_${key.toUpperCase()}_URL`] ?? `${base}${root}`]));
  return {
    kind: "remote",
    label: base,
    baseUrls: baseUrls as unknown as Target["baseUrls"],
    clientId: need("CG_CLIENT_ID"),
    secret: need("CG_SECRET"),
    apiKey: env.CG_API_KEY ?? "",
    bsn: need("CG_BSN"),
    zaaktype: need("CG_ZAAKTYPE"),
    rsin: need("CG_RSIN"),
    close: async () => undefined,
  };
}

/** The SDK clients for a target, each with the transcript's hooks. */
export function clients(target: Target, hooks: Hooks) {
  const zgw = zgwJwt({ clientId: target.clientId, secret: target.secret, userId: "demo@gemeente.nl", userRepresentation: "Demo" });
  const common = { hooks, retry: { retries: 1, minDelayMs: 50, maxDelayMs: 200 } } as const;
  const haalCentraal = composeAuth(
    apiKey({ header: "X-Api-Key", key: target.apiKey }),
    protocolHeaders({ doelbinding: "BRPACT-AlgemeneTaken", verwerking: "Aanvraag parkeervergunning" }),
  );
  const zaken = createZakenClient({ baseUrl: target.baseUrls.zaken, auth: zgw, ...common });
  const catalogi = createCatalogiClient({ baseUrl: target.baseUrls.catalogi, auth: zgw, ...common });
  const documenten = createDocumentenClient({ baseUrl: target.baseUrls.documenten, auth: zgw, ...common });
  const notificaties = createNotificatiesClient({ baseUrl: target.baseUrls.notificaties, auth: zgw, ...common });
  const brp = createBrpPersonenClient({ baseUrl: target.baseUrls.brp, auth: haalCentraal, ...common });
  const bag = createBagClient({ baseUrl: target.baseUrls.bag, auth: apiKey({ header: "X-Api-Key", key: target.apiKey }), ...common });
  const cg = createCommonGround({ zaken, catalogi, documenten });
  return { zaken, catalogi, documenten, notificaties, brp, bag, cg };
}

/** The clients {@link clients} makes. */
export type Clients = ReturnType<typeof clients>;
