/** The default seed's eigenschappen: one per zaaktype version, listed on the zaaktype, usable on a zaak. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zgwJwt } from "../../src/auth/zgw-jwt.js";
import { createCatalogiClient } from "../../src/generated/catalogi/index.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import { type MockCommonGround, SEED, createMockCommonGround, seedPart, seedUuid } from "../../src/testing/index.js";

let mock: MockCommonGround;
let origin: string;
const auth = () => zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret });

beforeAll(async () => {
  mock = await createMockCommonGround({ notify: false });
  ({ origin } = await mock.listen({ port: 0 }));
});
afterAll(() => mock.close());

describe("default seed: eigenschappen", () => {
  it("has one eigenschap per zaaktype version, and each zaaktype lists exactly its own", async () => {
    const catalogi = createCatalogiClient({ baseUrl: mock.baseUrls.catalogi, auth: auth() });
    for (const [n, zaaktype, naam] of [
      [10, SEED.zaaktypeParkeren2023, "kenteken"],
      [11, SEED.zaaktypeParkeren2025, "kenteken"],
      [12, SEED.zaaktypeMeldingConcept, "locatie"],
    ] as const) {
      const listed = await catalogi.GET("/eigenschappen", { params: { query: { zaaktype: `${origin}${zaaktype}`, status: "alles" } }, throwOnError: true });
      expect(listed.data?.results?.map((e) => e.url)).toEqual([`${origin}${seedPart("eigenschappen", n, 0)}`]);
      expect(listed.data?.results?.[0]).toMatchObject({ naam, zaaktype: `${origin}${zaaktype}`, catalogus: `${origin}${SEED.catalogus}`, specificatie: { formaat: "tekst", kardinaliteit: "1", waardenverzameling: [] } });
      const type = await catalogi.GET("/zaaktypen/{uuid}", { params: { path: { uuid: seedUuid(n) } }, throwOnError: true });
      expect(type.data?.eigenschappen).toEqual([`${origin}${seedPart("eigenschappen", n, 0)}`]);
    }
  });

  it("a seeded zaak accepts a zaakeigenschap with its zaaktype's eigenschap", async () => {
    const zaken = createZakenClient({ baseUrl: mock.baseUrls.zaken, auth: auth() });
    const zaak = `${origin}/zaken/api/v1/zaken/${seedUuid(100)}`;
    const created = await zaken.POST("/zaken/{zaak_uuid}/zaakeigenschappen", {
      params: { path: { zaak_uuid: seedUuid(100) } },
      body: { zaak, eigenschap: `${origin}${seedPart("eigenschappen", 11, 0)}`, waarde: "AB-123-C" },
      throwOnError: true,
    });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ zaak, eigenschap: `${origin}${seedPart("eigenschappen", 11, 0)}`, waarde: "AB-123-C" });
  });
});
