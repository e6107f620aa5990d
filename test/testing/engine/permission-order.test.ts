/**
 * zgw-rules 1.4 step 2: on create of a main resource the permission fields are validated first, so
 * a concept type is 400 not-published even for a client that is not authorised for that type (not 403).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zgwJwt } from "../../../src/auth/zgw-jwt.js";
import { isHttpError } from "../../../src/errors/http-error.js";
import { createZakenClient } from "../../../src/generated/zaken/index.js";
import { type MockCommonGround, SEED, createMockCommonGround } from "../../../src/testing/index.js";

let mock: MockCommonGround;
let origin: string;
beforeAll(async () => {
  mock = await createMockCommonGround({ notify: false });
  ({ origin } = await mock.listen({ port: 0 }));
});
afterAll(() => mock.close());

async function answer(zaaktype: string): Promise<{ status: number; params: string[] }> {
  const { clientId, secret } = mock.credentials.restricted;
  const zaken = createZakenClient({ baseUrl: mock.baseUrls.zaken, auth: zgwJwt({ clientId, secret }) });
  try {
    await zaken.POST("/zaken", {
      body: { bronorganisatie: SEED.rsin, verantwoordelijkeOrganisatie: SEED.rsin, zaaktype: `${origin}${zaaktype}`, startdatum: "2025-05-01" },
      throwOnError: true,
    });
  } catch (error) {
    if (isHttpError(error)) return { status: error.status, params: (error.invalidParams ?? []).map((p) => `${p.code} @${p.name}`) };
    throw error;
  }
  return { status: 201, params: [] };
}

describe("create: permission fields before the scope check (zgw-rules 1.4)", () => {
  it("a concept zaaktype the restricted client has no scope for is 400 not-published, not 403", async () => {
    expect(await answer(SEED.zaaktypeMeldingConcept)).toEqual({ status: 400, params: ["not-published @zaaktype"] });
  });

  it("a sub-resource whose zaak does not exist is object-does-not-exist @zaak; another kind of resource is incorrect_match", async () => {
    const zaken = createZakenClient({ baseUrl: mock.baseUrls.zaken, auth: zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret }) });
    const status = async (zaak: string): Promise<string[]> => {
      try {
        await zaken.POST("/statussen", {
          body: { zaak, statustype: `${origin}${SEED.zaaktypeParkeren2025.replace("zaaktypen", "statustypen")}`, datumStatusGezet: "2025-05-01T10:00:00Z" },
          throwOnError: true,
        });
      } catch (error) {
        if (isHttpError(error)) return (error.invalidParams ?? []).filter((p) => p.name === "zaak").map((p) => p.code);
        throw error;
      }
      return [];
    };
    expect(await status(`${origin}/zaken/api/v1/zaken/00000000-0000-4000-8000-999999999999`)).toEqual(["object-does-not-exist"]);
    expect(await status(`${origin}${SEED.zaaktypeParkeren2025}`)).toEqual(["incorrect_match"]);
  });

  it("a published zaaktype it has no scope for is 403", async () => {
    expect((await answer(SEED.zaaktypeParkeren2025)).status).toBe(403);
  });
});
