/** Shared set-up of the cross-API tests: the default-seed mock over real HTTP and SDK clients per API. */
import { zgwJwt } from "../../../src/auth/zgw-jwt.js";
import { isHttpError } from "../../../src/errors/http-error.js";
import { createBesluitenClient } from "../../../src/generated/besluiten/index.js";
import { createDocumentenClient } from "../../../src/generated/documenten/index.js";
import { createZakenClient } from "../../../src/generated/zaken/index.js";
import { type MockCommonGround, SEED, createMockCommonGround, seedUuid } from "../../../src/testing/index.js";

export { SEED, seedUuid };

/** Credentials of a JWT client (the demo client when omitted). */
export interface Creds {
  readonly clientId: string;
  readonly secret: string;
}

const demo = (mock: MockCommonGround): Creds => ({ clientId: mock.credentials.clientId, secret: mock.credentials.secret });

/** A started mock (default seed, no delivery) listening on a free port. */
export async function startMock(clients: Record<string, string> = {}, now?: Date): Promise<{ mock: MockCommonGround; origin: string }> {
  const mock = await createMockCommonGround({ clients, notify: false, ...(now ? { now } : {}) });
  const { origin } = await mock.listen({ port: 0 });
  return { mock, origin };
}

export const zakenAs = (mock: MockCommonGround, creds: Creds = demo(mock)) => createZakenClient({ baseUrl: mock.baseUrls.zaken, auth: zgwJwt(creds) });
export const documentenAs = (mock: MockCommonGround, creds: Creds = demo(mock)) => createDocumentenClient({ baseUrl: mock.baseUrls.documenten, auth: zgwJwt(creds) });
export const besluitenAs = (mock: MockCommonGround, creds: Creds = demo(mock)) => createBesluitenClient({ baseUrl: mock.baseUrls.besluiten, auth: zgwJwt(creds) });

/** The status, code and `code@name` of each invalidParam of a refused call (throws when it succeeded). */
export async function refusal(call: Promise<unknown>): Promise<{ status: number; code: string | undefined; params: string[] }> {
  try {
    await call;
  } catch (error) {
    if (!isHttpError(error)) throw error;
    const problem = error.problem as { code?: string } | undefined;
    return { status: error.status, code: problem?.code, params: error.invalidParams.map((p) => `${p.code}@${p.name}`) };
  }
  throw new Error("expected the call to be refused");
}

/** Last path segment of a URL. */
export const uuidOf = (url: unknown): string => String(url).split("/").pop() ?? "";

/** Seeded records, as absolute URLs under `origin`. */
export function seeded(origin: string) {
  return {
    zaakOpen: `${origin}/zaken/api/v1/zaken/${seedUuid(101)}`,
    zaakClosed: `${origin}/zaken/api/v1/zaken/${seedUuid(102)}`,
    aanvraag: `${origin}/documenten/api/v1/enkelvoudiginformatieobjecten/${seedUuid(700)}`,
    besluitbrief: `${origin}/documenten/api/v1/enkelvoudiginformatieobjecten/${seedUuid(701)}`,
    foto: `${origin}/documenten/api/v1/enkelvoudiginformatieobjecten/${seedUuid(702)}`,
    besluit: `${origin}/besluiten/api/v1/besluiten/${seedUuid(7110)}`,
    zio: `${origin}/zaken/api/v1/zaakinformatieobjecten/${seedUuid(7100)}`,
    besluittype: `${origin}${SEED.besluittypeVergunning}`,
    iotAanvraag: `${origin}${SEED.informatieobjecttypeAanvraag}`,
    iotBesluit: `${origin}${SEED.informatieobjecttypeBesluit}`,
  };
}

/** Creates a zaak of the parkeervergunning zaaktype (2025) and returns it. */
export async function newZaak(mock: MockCommonGround, origin: string): Promise<{ url: string; uuid: string }> {
  const { data } = await zakenAs(mock).POST("/zaken", {
    body: { bronorganisatie: SEED.rsin, verantwoordelijkeOrganisatie: SEED.rsin, zaaktype: `${origin}${SEED.zaaktypeParkeren2025}`, startdatum: "2025-04-01" },
    throwOnError: true,
  });
  if (!data?.url || !data.uuid) throw new Error("no zaak");
  return { url: data.url, uuid: data.uuid };
}

/** Creates a document of the given informatieobjecttype (absolute URL) and returns its URL. */
export async function newDocument(mock: MockCommonGround, informatieobjecttype: string): Promise<string> {
  const { data } = await documentenAs(mock).POST("/enkelvoudiginformatieobjecten", {
    body: { bronorganisatie: SEED.rsin, creatiedatum: "2025-04-01", titel: "Bijlage", auteur: "Gemeente Demodam", taal: "nld", informatieobjecttype, inhoud: btoa("bijlage") } as never,
    throwOnError: true,
  });
  const url = (data as { url?: string } | undefined)?.url;
  if (!url) throw new Error("no document");
  return url;
}
