/** Autorisaties API rules of the landscape mock (zgw-rules 2), over real HTTP with the SDK's clients. */
import { SignJWT } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { zgwJwt } from "../../../src/auth/zgw-jwt.js";
import { createAutorisatiesClient } from "../../../src/generated/autorisaties/index.js";
import { createZakenClient } from "../../../src/generated/zaken/index.js";
import { type MockCommonGround, SEED, createMockCommonGround, seedUuid } from "../../../src/testing/index.js";

let mock: MockCommonGround;
let origin: string;

const ac = () => createAutorisatiesClient({ baseUrl: mock.baseUrls.autorisaties, auth: zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret }) });
const zakenAs = (clientId: string, secret: string) => createZakenClient({ baseUrl: mock.baseUrls.zaken, auth: zgwJwt({ clientId, secret }) });

interface Applicatie {
  url: string;
  clientIds: string[];
  label: string;
  heeftAlleAutorisaties: boolean;
  autorisaties: Record<string, unknown>[];
}

/** Creates an applicatie (body unchecked by the types: the tests send wrong ones on purpose). */
async function create(body: Record<string, unknown>): Promise<Applicatie> {
  const { data } = await ac().POST("/applicaties", { body: body as never, throwOnError: true });
  return data as unknown as Applicatie;
}

/** The status and sorted `code @name` params of a call that must fail. */
async function refusal(call: () => Promise<unknown>): Promise<{ status: number; params: string[] }> {
  try {
    await call();
  } catch (error) {
    const e = error as { status: number; invalidParams?: readonly { name: string; code: string }[] };
    return { status: e.status, params: (e.invalidParams ?? []).map((p) => `${p.code} @${p.name}`).sort() };
  }
  throw new Error("expected the request to be refused");
}

const uuidOf = (url: string): string => url.split("/").pop() ?? "";
/** A PATCH with only some keys (the generated type wants the whole Applicatie, as the spec declares). */
const patch = (uuid: string, body: Record<string, unknown>) => ac().PATCH("/applicaties/{uuid}", { params: { path: { uuid } }, body: body as never, throwOnError: true });
const zrc = (overrides: Record<string, unknown> = {}) => ({
  component: "zrc",
  scopes: ["zaken.lezen"],
  zaaktype: `${origin}${SEED.zaaktypeParkeren2025}`,
  maxVertrouwelijkheidaanduiding: "zaakvertrouwelijk",
  ...overrides,
});

beforeAll(async () => {
  mock = await createMockCommonGround({ notify: false });
  ({ origin } = await mock.listen({ port: 0 }));
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

describe("Autorisaties API rules (zgw-rules 2)", () => {
  it("ac-001: a client ID another applicatie holds → 400 clientId-exists @clientIds, on create and on update", async () => {
    expect(await refusal(() => create({ clientIds: [SEED.restrictedClientId], label: "Dubbel", heeftAlleAutorisaties: true }))).toEqual({
      status: 400,
      params: ["clientId-exists @clientIds"],
    });
    const own = await create({ clientIds: ["ac-001-app"], label: "Eigen", heeftAlleAutorisaties: true });
    // Keeping its own client ID on update is no clash; taking the demo client's is.
    const kept = await patch(uuidOf(own.url), { clientIds: ["ac-001-app"], label: "Eigen 2" });
    expect(kept.data?.label).toBe("Eigen 2");
    expect(
      await refusal(() => patch(uuidOf(own.url), { clientIds: ["ac-001-app", SEED.demoClientId] })),
    ).toEqual({ status: 400, params: ["clientId-exists @clientIds"] });
  });

  it("ac-002: both the flag and autorisaties → ambiguous-authorizations-specified; neither → missing-authorizations (@nonFieldErrors)", async () => {
    expect(await refusal(() => create({ clientIds: ["ac-002-a"], label: "Beide", heeftAlleAutorisaties: true, autorisaties: [zrc()] }))).toEqual({
      status: 400,
      params: ["ambiguous-authorizations-specified @nonFieldErrors"],
    });
    expect(await refusal(() => create({ clientIds: ["ac-002-b"], label: "Geen" }))).toEqual({ status: 400, params: ["missing-authorizations @nonFieldErrors"] });
    expect(await refusal(() => create({ clientIds: ["ac-002-c"], label: "Leeg", heeftAlleAutorisaties: false, autorisaties: [] }))).toEqual({
      status: 400,
      params: ["missing-authorizations @nonFieldErrors"],
    });
  });

  it("ac-002 on update: keys the body leaves out fall back to the stored values", async () => {
    const app = await create({ clientIds: ["ac-002-upd"], label: "Specifiek", autorisaties: [zrc()] });
    const uuid = uuidOf(app.url);
    // Stored autorisaties + the flag from the body → both.
    expect(await refusal(() => patch(uuid, { heeftAlleAutorisaties: true }))).toEqual({
      status: 400,
      params: ["ambiguous-authorizations-specified @nonFieldErrors"],
    });
    // Emptying the autorisaties with the stored flag false → neither.
    expect(await refusal(() => patch(uuid, { autorisaties: [] }))).toEqual({
      status: 400,
      params: ["missing-authorizations @nonFieldErrors"],
    });
    // Both keys at once: consistent.
    const all = await patch(uuid, { heeftAlleAutorisaties: true, autorisaties: [] });
    expect(all.data).toMatchObject({ heeftAlleAutorisaties: true, autorisaties: [] });
  });

  it("ac-003: zrc/drc/brc autorisaties with a scope of their main prefix need their type fields → required @autorisaties.<i>.<field>", async () => {
    const body = {
      clientIds: ["ac-003-app"],
      label: "Onvolledig",
      autorisaties: [
        { component: "zrc", scopes: ["zaken.lezen"] },
        { component: "drc", scopes: ["documenten.lezen"], informatieobjecttype: `${origin}${SEED.informatieobjecttypeAanvraag}` },
        { component: "brc", scopes: ["besluiten.lezen"] },
      ],
    };
    expect(await refusal(() => create(body))).toEqual({
      status: 400,
      params: [
        "required @autorisaties.0.maxVertrouwelijkheidaanduiding",
        "required @autorisaties.0.zaaktype",
        "required @autorisaties.1.maxVertrouwelijkheidaanduiding",
        "required @autorisaties.2.besluittype",
      ].sort(),
    });
  });

  it("ac-003: without a scope of the main prefix (audittrails.lezen on zrc, ztc, nrc) no type fields are needed", async () => {
    const app = await create({
      clientIds: ["ac-003-ok"],
      label: "Zonder type",
      autorisaties: [
        { component: "zrc", scopes: ["audittrails.lezen"] },
        { component: "ztc", scopes: ["catalogi.lezen"] },
        { component: "nrc", scopes: ["notificaties.consumeren"] },
      ],
    });
    expect(app.autorisaties.map((a) => a.component)).toEqual(["zrc", "ztc", "nrc"]);
  });

  it("ac-003: a maxVertrouwelijkheidaanduiding outside the eight values → invalid_choice", async () => {
    expect(await refusal(() => create({ clientIds: ["ac-003-va"], label: "Fout", autorisaties: [zrc({ maxVertrouwelijkheidaanduiding: "topgeheim" })] }))).toEqual({
      status: 400,
      params: ["invalid_choice @autorisaties.0.maxVertrouwelijkheidaanduiding"],
    });
  });

  it("componentWeergave is read-only: the server sets it from the component", async () => {
    const app = await create({
      clientIds: ["weergave-app"],
      label: "Weergave",
      autorisaties: [zrc({ componentWeergave: "Iets anders" }), { component: "ztc", scopes: ["catalogi.lezen"] }],
    });
    expect(app.autorisaties.map((a) => a.componentWeergave)).toEqual(["Zaken API", "Catalogi API"]);
    expect(app).toMatchObject({ heeftAlleAutorisaties: false, url: expect.stringMatching(new RegExp(`^${origin}/autorisaties/api/v1/applicaties/`)) });
    expect(app.autorisaties[0]?.zaaktype).toBe(`${origin}${SEED.zaaktypeParkeren2025}`);
  });

  it("autorisaties in PUT and PATCH replace the whole set; a PATCH without autorisaties keeps it", async () => {
    const app = await create({ clientIds: ["vervang-app"], label: "Vervang", autorisaties: [zrc(), { component: "ztc", scopes: ["catalogi.lezen"] }] });
    const uuid = uuidOf(app.url);
    const patched = await patch(uuid, { autorisaties: [{ component: "nrc", scopes: ["notificaties.consumeren"] }] });
    expect(patched.data?.autorisaties?.map((a) => a.component)).toEqual(["nrc"]);
    const relabelled = await patch(uuid, { label: "Nieuw label" });
    expect(relabelled.data?.autorisaties?.map((a) => a.component)).toEqual(["nrc"]);
    const put = await ac().PUT("/applicaties/{uuid}", {
      params: { path: { uuid } },
      body: { clientIds: ["vervang-app"], label: "Vervang", autorisaties: [zrc({ maxVertrouwelijkheidaanduiding: "geheim" })] } as never,
      throwOnError: true,
    });
    expect(put.data?.autorisaties).toEqual([{ ...zrc({ maxVertrouwelijkheidaanduiding: "geheim" }), componentWeergave: "Zaken API" }]);
  });

  it("GET /applicaties?clientIds=x lists the applicaties holding x; the listing leaves out applicaties with neither or both", async () => {
    const filtered = await ac().GET("/applicaties", { params: { query: { clientIds: SEED.restrictedClientId } }, throwOnError: true });
    expect(filtered.data?.count).toBe(1);
    expect(filtered.data?.results[0]?.url).toBe(`${origin}/autorisaties/api/v1/applicaties/${seedUuid(501)}`);
    mock.seed({
      autorisaties: {
        "/applicaties": [
          { url: `/autorisaties/api/v1/applicaties/${seedUuid(560)}`, clientIds: ["admin-neither"], label: "Geen", heeftAlleAutorisaties: false, autorisaties: [] },
          { url: `/autorisaties/api/v1/applicaties/${seedUuid(561)}`, clientIds: ["admin-both"], label: "Beide", heeftAlleAutorisaties: true, autorisaties: [zrc()] },
        ],
      },
    });
    const all = await ac().GET("/applicaties", { throwOnError: true });
    const clientIds = (all.data?.results ?? []).flatMap((a) => a.clientIds);
    expect(clientIds).toContain(SEED.demoClientId);
    expect(clientIds).not.toContain("admin-neither");
    expect(clientIds).not.toContain("admin-both");
    // The detail still answers (only the listing filters).
    const detail = await ac().GET("/applicaties/{uuid}", { params: { path: { uuid: seedUuid(560) } }, throwOnError: true });
    expect(detail.data?.label).toBe("Geen");
  });

  it("GET /applicaties/consumer?clientId=x answers one Applicatie object; 404 if none; 400 required @clientId without clientId", async () => {
    const found = await ac().GET("/applicaties/consumer", { params: { query: { clientId: SEED.restrictedClientId } }, throwOnError: true });
    expect(Array.isArray(found.data)).toBe(false);
    expect(found.data).toMatchObject({ url: `${origin}/autorisaties/api/v1/applicaties/${seedUuid(501)}`, clientIds: [SEED.restrictedClientId] });
    expect(await refusal(() => ac().GET("/applicaties/consumer", { params: { query: { clientId: "onbekend" } }, throwOnError: true }))).toEqual({ status: 404, params: [] });
    expect(await refusal(() => ac().GET("/applicaties/consumer", { throwOnError: true } as never))).toEqual({ status: 400, params: ["required @clientId"] });
  });

  it("publishes kanaal autorisaties, resource applicatie, acties create/partial_update/update/destroy, no kenmerken", async () => {
    const app = await create({ clientIds: ["notif-app"], label: "Notificaties", heeftAlleAutorisaties: true });
    const uuid = uuidOf(app.url);
    await patch(uuid, { label: "Anders" });
    await ac().PUT("/applicaties/{uuid}", { params: { path: { uuid } }, body: { clientIds: ["notif-app"], label: "Weer anders", heeftAlleAutorisaties: true, alleenIsGereedVoorPublicatie: false }, throwOnError: true });
    await ac().DELETE("/applicaties/{uuid}", { params: { path: { uuid } }, throwOnError: true });
    const sent = mock.notifications.filter((n) => n.message.kanaal === "autorisaties" && n.message.resourceUrl === app.url).map((n) => n.message);
    expect(sent.map((m) => m.actie)).toEqual(["create", "partial_update", "update", "destroy"]);
    for (const m of sent) expect(m).toMatchObject({ resource: "applicatie", hoofdObject: app.url, resourceUrl: app.url, kenmerken: {} });
  });

  it("a new client with a new applicatie (zaken.lezen for one zaaktype up to a VA) sees exactly those zaken, and an update takes effect", async () => {
    const demo = zakenAs(mock.credentials.clientId, mock.credentials.secret);
    const zaak = async (zaaktype: string, vertrouwelijkheidaanduiding: string, startdatum: string) =>
      (
        await demo.POST("/zaken", {
          body: { bronorganisatie: SEED.rsin, verantwoordelijkeOrganisatie: SEED.rsin, zaaktype: `${origin}${zaaktype}`, startdatum, vertrouwelijkheidaanduiding } as never,
          throwOnError: true,
        })
      ).data?.url ?? "";
    const geheim = await zaak(SEED.zaaktypeParkeren2025, "geheim", "2025-03-01");
    const oudType = await zaak(SEED.zaaktypeParkeren2023, "openbaar", "2024-03-01");
    const everything = (await demo.GET("/zaken", { throwOnError: true })).data?.results ?? [];
    const expected = everything
      .filter((z) => z.zaaktype === `${origin}${SEED.zaaktypeParkeren2025}` && ["openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk"].includes(String(z.vertrouwelijkheidaanduiding)))
      .map((z) => z.url)
      .sort();
    expect(expected.length).toBeGreaterThan(0);

    const secret = "nieuwe-app-secret-0123456789abcdef";
    const bearer = await new SignJWT({ client_id: SEED.demoClientId }).setProtectedHeader({ alg: "HS256" }).setIssuer(SEED.demoClientId).setIssuedAt().sign(new TextEncoder().encode(SEED.demoSecret));
    const registered = await fetch(`${mock.baseUrls.zaken}/jwtsecret`, {
      method: "POST",
      headers: { Authorization: `Bearer ${bearer}`, "Content-Type": "application/json" },
      body: JSON.stringify({ identifier: "nieuwe-app", secret }),
    });
    expect(registered.status).toBe(201);
    const app = await create({ clientIds: ["nieuwe-app"], label: "Nieuwe app", autorisaties: [zrc()] });
    const nieuw = zakenAs("nieuwe-app", secret);
    const seen = ((await nieuw.GET("/zaken", { throwOnError: true })).data?.results ?? []).map((z) => z.url).sort();
    expect(seen).toEqual(expected);
    expect(seen).not.toContain(geheim);
    expect(seen).not.toContain(oudType);
    expect(await refusal(() => nieuw.GET("/zaken/{uuid}", { params: { path: { uuid: uuidOf(geheim) } }, throwOnError: true }))).toEqual({ status: 403, params: [] });

    await patch(uuidOf(app.url), { autorisaties: [zrc({ maxVertrouwelijkheidaanduiding: "zeer_geheim" })] });
    const after = ((await nieuw.GET("/zaken", { throwOnError: true })).data?.results ?? []).map((z) => z.url);
    expect(after).toContain(geheim);
    expect(after).not.toContain(oudType);
  });
});
