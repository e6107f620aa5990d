/** Zaakeigenschappen (zgw-rules 4.9) over real HTTP: zrc-018, the copied naam, only waarde may change. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { zgwJwt } from "../../../src/auth/zgw-jwt.js";
import { isHttpError } from "../../../src/errors/http-error.js";
import { createZakenClient } from "../../../src/generated/zaken/index.js";
import { type MockCommonGround, createMockCommonGround, seedPart, seedUuid } from "../../../src/testing/index.js";

let mock: MockCommonGround;
let origin: string;
beforeAll(async () => {
  mock = await createMockCommonGround({ notify: false });
  ({ origin } = await mock.listen({ port: 0 }));
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const zaken = () => createZakenClient({ baseUrl: mock.baseUrls.zaken, auth: zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret }) });
const ZAAK = seedUuid(100);
const zaakUrl = () => `${origin}/zaken/api/v1/zaken/${ZAAK}`;
const eigenschap = (zaaktype: number) => `${origin}${seedPart("eigenschappen", zaaktype, 0)}`;

async function refusal(call: Promise<unknown>): Promise<{ status: number; params: string[] }> {
  try {
    await call;
  } catch (error) {
    if (isHttpError(error)) return { status: error.status, params: (error.invalidParams ?? []).map((p) => `${p.code} @${p.name}`) };
    throw error;
  }
  throw new Error("expected the mock to refuse");
}

describe("zaakeigenschappen", () => {
  it("zrc-018: an eigenschap of another zaaktype is 400 zaaktype-mismatch @nonFieldErrors", async () => {
    const { data: zaak } = await zaken().GET("/zaken/{uuid}", { params: { path: { uuid: ZAAK } }, throwOnError: true });
    const other = zaak?.zaaktype === `${origin}/catalogi/api/v1/zaaktypen/${seedUuid(11)}` ? 10 : 11;
    const result = await refusal(
      zaken().POST("/zaken/{zaak_uuid}/zaakeigenschappen", { params: { path: { zaak_uuid: ZAAK } }, body: { zaak: zaakUrl(), eigenschap: eigenschap(other), waarde: "AB-123-C" }, throwOnError: true }),
    );
    expect(result).toEqual({ status: 400, params: ["zaaktype-mismatch @nonFieldErrors"] });
  });

  it("naam is copied from the eigenschap, and eigenschap cannot change afterwards (wijzigen-niet-toegelaten)", async () => {
    const { data: zaak } = await zaken().GET("/zaken/{uuid}", { params: { path: { uuid: ZAAK } }, throwOnError: true });
    const own = zaak?.zaaktype === `${origin}/catalogi/api/v1/zaaktypen/${seedUuid(11)}` ? 11 : 10;
    const { data: created } = await zaken().POST("/zaken/{zaak_uuid}/zaakeigenschappen", {
      params: { path: { zaak_uuid: ZAAK } },
      body: { zaak: zaakUrl(), eigenschap: eigenschap(own), waarde: "AB-123-C" },
      throwOnError: true,
    });
    expect(created?.naam).toBe("kenteken");
    const uuid = String(created?.uuid);
    const result = await refusal(
      zaken().PATCH("/zaken/{zaak_uuid}/zaakeigenschappen/{uuid}", {
        params: { path: { zaak_uuid: ZAAK, uuid } },
        body: { eigenschap: eigenschap(own === 11 ? 10 : 11) } as never,
        throwOnError: true,
      }),
    );
    expect(result.status).toBe(400);
    expect(result.params).toContain("wijzigen-niet-toegelaten @eigenschap");
  });
});
