/**
 * createCommonGround: references followed across two hosts with their own credentials, a refused
 * foreign URL, an allow-listed origin, the Catalogi cache, and resolveMany.
 */
import { HttpResponse, http } from "msw";
import { describe, expect, expectTypeOf, it } from "vitest";
import { tokenAuth } from "../../src/auth/token-auth.js";
import { zgwJwt } from "../../src/auth/zgw-jwt.js";
import type { ReadableBody } from "../../src/client/client-types.js";
import { ReferenceRefusedError } from "../../src/errors/reference-refused-error.js";
import { type Schemas as CatalogiSchemas, createCatalogiClient } from "../../src/generated/catalogi/index.js";
import { createObjecttypenClient } from "../../src/generated/objecttypen/index.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import { createCommonGround } from "../../src/references/create-common-ground.js";
import { useMsw } from "../helpers/msw.js";

const server = useMsw();
const ZAKEN = "https://zaken.gemeente.nl/zaken/api/v1";
const CATALOGI = "https://ztc.gemeente.nl/catalogi/api/v1";
const OBJECTTYPEN = "https://objecttypen.gemeente.nl/api/v2";
const ZAAKTYPE = `${CATALOGI}/zaaktypen/5f2a9e26-8d7e-4d42-9c7a-1e3c51e0a5a1`;
const SECRET = "a-zgw-secret-that-is-long-enough-0123";

function make() {
  return createCommonGround({
    zaken: createZakenClient({ baseUrl: ZAKEN, auth: zgwJwt({ clientId: "zaken-app", secret: SECRET }) }),
    catalogi: createCatalogiClient({ baseUrl: CATALOGI, auth: zgwJwt({ clientId: "catalogi-app", secret: SECRET }) }),
    objecttypen: createObjecttypenClient({ baseUrl: OBJECTTYPEN, auth: tokenAuth("objecttypen-token-0123456789") }),
  }, { allowOrigins: ["https://open.data.example.nl"] });
}

describe("createCommonGround", () => {
  it("resolves across two hosts, each with only its own credentials, typed by field", async () => {
    const seen: Record<string, string | null> = {};
    server.use(
      http.get(`${ZAKEN}/zaken/:uuid`, ({ request }) => {
        seen.zaken = request.headers.get("authorization");
        return HttpResponse.json({ url: request.url, zaaktype: ZAAKTYPE, identificatie: "ZAAK-1" });
      }),
      http.get(`${CATALOGI}/zaaktypen/:uuid`, ({ request }) => {
        seen.catalogi = request.headers.get("authorization");
        return HttpResponse.json({ url: ZAAKTYPE, omschrijving: "Parkeervergunning" });
      }),
    );
    const cg = make();
    const zaak = (await cg.resolve(`${ZAKEN}/zaken/1`, "zaak")) as { zaaktype: string };
    const zaaktype = await cg.resolve(zaak.zaaktype, "zaaktype");
    // Typed as Catalogi 1.3.3's GET /zaaktypen/{uuid} body (the ZaakType, with its _expand member).
    expectTypeOf(zaaktype.omschrijving).toEqualTypeOf<ReadableBody<CatalogiSchemas["ZaakType"]>["omschrijving"]>();
    expectTypeOf(zaaktype).toHaveProperty("_expand");
    expect(zaaktype.omschrijving).toBe("Parkeervergunning");
    const claims = (header: string | null | undefined) => JSON.parse(atob((header ?? "").split(".")[1] ?? ""));
    expect(claims(seen.zaken).client_id).toBe("zaken-app");
    expect(claims(seen.catalogi).client_id).toBe("catalogi-app");
  });

  it("sends Zaken's required Accept-Crs when resolving a zaak", async () => {
    let crs: string | null = null;
    server.use(http.get(`${ZAKEN}/zaken/:uuid`, ({ request }) => {
      crs = request.headers.get("accept-crs");
      return HttpResponse.json({ url: request.url });
    }));
    await make().resolve(`${ZAKEN}/zaken/2`);
    expect(crs).toBe("EPSG:4326");
  });

  it("refuses a URL outside every configured API, and fetches an allow-listed origin without credentials", async () => {
    const cg = make();
    await expect(cg.resolve("https://evil.example.nl/zaaktypen/1")).rejects.toBeInstanceOf(ReferenceRefusedError);
    await expect(cg.resolve("https://evil.example.nl/zaaktypen/1")).rejects.toMatchObject({ kind: "reference" });
    let auth: string | null = "unset";
    server.use(http.get("https://open.data.example.nl/x", ({ request }) => {
      auth = request.headers.get("authorization");
      return HttpResponse.json({ ok: true });
    }));
    expect(await cg.resolve("https://open.data.example.nl/x")).toEqual({ ok: true });
    expect(auth).toBeNull();
  });

  it("caches Catalogi types (one fetch for repeated look-ups) but not zaken", async () => {
    let catalogi = 0;
    let zaken = 0;
    server.use(
      http.get(`${CATALOGI}/zaaktypen/:uuid`, () => {
        catalogi++;
        return HttpResponse.json({ url: ZAAKTYPE });
      }),
      http.get(`${ZAKEN}/zaken/:uuid`, ({ request }) => {
        zaken++;
        return HttpResponse.json({ url: request.url });
      }),
    );
    const cg = make();
    await cg.resolve(ZAAKTYPE);
    await cg.resolve(ZAAKTYPE);
    await cg.resolve(`${ZAKEN}/zaken/3`);
    await cg.resolve(`${ZAKEN}/zaken/3`);
    expect([catalogi, zaken]).toEqual([1, 2]);
  });

  it("picks the client with the longest matching base URL", async () => {
    const hits: string[] = [];
    server.use(http.get("https://one.example.nl/api/v2/objecttypes/:id", ({ request }) => {
      hits.push(request.headers.get("authorization") ?? "none");
      return HttpResponse.json({ ok: true });
    }));
    const cg = createCommonGround({
      outer: createObjecttypenClient({ baseUrl: "https://one.example.nl/api", auth: tokenAuth("outer-token-0123456789") }),
      inner: createObjecttypenClient({ baseUrl: "https://one.example.nl/api/v2", auth: tokenAuth("inner-token-0123456789") }),
    });
    await cg.resolve("https://one.example.nl/api/v2/objecttypes/1");
    expect(hits).toEqual(["Token inner-token-0123456789"]);
  });

  it("resolveMany deduplicates and keeps input order", async () => {
    const fetched: string[] = [];
    server.use(http.get(`${OBJECTTYPEN}/objecttypes/:uuid`, ({ params }) => {
      fetched.push(String(params.uuid));
      return HttpResponse.json({ uuid: params.uuid, name: `type-${params.uuid}` });
    }));
    const urls = ["a", "b", "a", "c", "b"].map((u) => `${OBJECTTYPEN}/objecttypes/${u}`);
    const types = await make().resolveMany(urls, "type");
    expect(types.map((t) => t.name)).toEqual(["type-a", "type-b", "type-a", "type-c", "type-b"]);
    expect(fetched.sort()).toEqual(["a", "b", "c"]);
  });
});
