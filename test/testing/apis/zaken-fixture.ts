/** Shared set-up of the Zaken life-cycle tests: the mock over real HTTP with the life-cycle seed and scoped clients. */
import { zgwJwt } from "../../../src/auth/zgw-jwt.js";
import { isHttpError } from "../../../src/errors/http-error.js";
import { createZakenClient } from "../../../src/generated/zaken/index.js";
import { SEED, createMockCommonGround, type MockCommonGround } from "../../../src/testing/index.js";
import { LIFECYCLE, lifecycleClients, zakenLifecycleSeed } from "../../../src/testing/seed/zaken-lifecycle.js";

export { LIFECYCLE, SEED };

/** The zaken client type. */
export type ZakenClient = ReturnType<typeof createZakenClient>;

/** A started mock with the life-cycle seed, listening on a free port. */
export async function startMock(now?: Date): Promise<{ mock: MockCommonGround; origin: string }> {
  const mock = await createMockCommonGround({ clients: lifecycleClients, notify: false, ...(now ? { now } : {}) });
  mock.seed(zakenLifecycleSeed);
  const { origin } = await mock.listen({ port: 0 });
  return { mock, origin };
}

/** A Zaken client for a client id (demo client: heeftAlleAutorisaties). */
export function zakenAs(mock: MockCommonGround, who: "demo" | "bijwerken" | "aanmaken" | "geforceerd" = "demo"): ZakenClient {
  const creds =
    who === "demo"
      ? { clientId: mock.credentials.clientId, secret: mock.credentials.secret }
      : who === "bijwerken"
        ? { clientId: LIFECYCLE.bijwerkenClientId, secret: LIFECYCLE.bijwerkenSecret }
        : who === "aanmaken"
          ? { clientId: LIFECYCLE.aanmakenClientId, secret: LIFECYCLE.aanmakenSecret }
          : { clientId: LIFECYCLE.geforceerdClientId, secret: LIFECYCLE.geforceerdSecret };
  return createZakenClient({ baseUrl: mock.baseUrls.zaken, auth: zgwJwt(creds) });
}

/** The status, code and invalidParams of a refused call (throws when the call succeeded). */
export async function refusal(call: Promise<unknown>): Promise<{ status: number; code: string | undefined; type: string | undefined; detail: string | undefined; params: string[] }> {
  try {
    await call;
  } catch (error) {
    if (!isHttpError(error)) throw error;
    const problem = error.problem as { code?: string; type?: string; detail?: string } | undefined;
    return { status: error.status, code: problem?.code, type: problem?.type, detail: problem?.detail, params: error.invalidParams.map((p) => `${p.code}@${p.name}`) };
  }
  throw new Error("expected the call to be refused");
}

/** A body for a new zaak of the hoofdzaaktype. */
export function zaakBody(origin: string, extra: Record<string, unknown> = {}): { bronorganisatie: string; verantwoordelijkeOrganisatie: string; zaaktype: string; startdatum: string } & Record<string, unknown> {
  return { bronorganisatie: SEED.rsin, verantwoordelijkeOrganisatie: SEED.rsin, zaaktype: `${origin}${LIFECYCLE.zaaktypeHoofd}`, startdatum: "2025-03-01", ...extra };
}

/** Absolute URL of a canonical seed path. */
export const abs = (origin: string, path: string): string => `${origin}${path}`;

/** Creates a zaak (demo client) and returns its url and uuid. */
export async function createZaak(mock: MockCommonGround, origin: string, extra: Record<string, unknown> = {}): Promise<{ url: string; uuid: string }> {
  const { data } = await zakenAs(mock).POST("/zaken", { body: zaakBody(origin, extra) as never, throwOnError: true });
  if (!data?.url || !data.uuid) throw new Error("no zaak");
  return { url: data.url, uuid: data.uuid };
}

/** Posts a status. */
export function postStatus(client: ZakenClient, zaak: string, statustype: string, datumStatusGezet: string): Promise<unknown> {
  return client.POST("/statussen", { body: { zaak, statustype, datumStatusGezet } as never, throwOnError: true });
}

/** Posts a resultaat. */
export function postResultaat(client: ZakenClient, zaak: string, resultaattype: string): Promise<unknown> {
  return client.POST("/resultaten", { body: { zaak, resultaattype } as never, throwOnError: true });
}

/** Reads a zaak as plain JSON. */
export async function readZaak(mock: MockCommonGround, uuid: string): Promise<Record<string, unknown>> {
  const { data } = await zakenAs(mock).GET("/zaken/{uuid}", { params: { path: { uuid } }, throwOnError: true });
  return data as unknown as Record<string, unknown>;
}
