import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { findBesluittype, findInformatieobjecttype, findZaaktype } from "../../../src/apis/catalogi/index.js";
import { isCatalogusLookupError } from "../../../src/errors/catalogus-lookup-error.js";
import { createCatalogiClient } from "../../../src/generated/catalogi/index.js";
import { server, useMsw } from "../../helpers/msw.js";
import { type BadCall, expectRefused } from "../bad-arguments.js";

useMsw();
const BASE = "https://open-zaak.example.nl/catalogi/api/v1";
const catalogi = createCatalogiClient({ baseUrl: BASE, retry: false });
const any = (value: unknown) => value as never;

const CALLS: BadCall[] = [];
for (const [name, find, key] of [
  ["findZaaktype", findZaaktype, "identificatie"],
  ["findInformatieobjecttype", findInformatieobjecttype, "omschrijving"],
  ["findBesluittype", findBesluittype, "omschrijving"],
] as const) {
  const ok = { [key]: "X" } as never;
  const f = find as (client: unknown, options: unknown) => Promise<unknown>;
  CALLS.push(
    [`${name}(undefined client)`, () => f(undefined, ok)],
    [`${name}(null client)`, () => f(null, ok)],
    [`${name}(client without paginate)`, () => f({ GET: () => {} }, ok)],
    [`${name}(client, undefined)`, () => f(catalogi, undefined)],
    [`${name}(client, null)`, () => f(catalogi, null)],
    [`${name}(client, "x")`, () => f(catalogi, "x")],
    [`${name} ${key}: 5`, () => f(catalogi, { [key]: 5 })],
    [`${name} catalogus: 5`, () => f(catalogi, { ...(ok as object), catalogus: 5 })],
    [`${name} validOn: null`, () => f(catalogi, { ...(ok as object), validOn: null })],
    [`${name} includeConcepts: "yes"`, () => f(catalogi, { ...(ok as object), includeConcepts: any("yes") })],
  );
}

describe("catalogi workflows refuse bad arguments with a ConfigError, never a TypeError, and send nothing", () => {
  it.each(CALLS)("%s", async (_name, call) => {
    await expectRefused(call);
  });
});

describe("CatalogusLookupError data fields (review 1.2)", () => {
  it("keep the URLs as sent, also a uuid with a run of 9 eleven-test digits; only the message is redacted", async () => {
    const odd = `${BASE}/zaaktypen/0119dd4e-7be9-477e-bccf-a999993653b1`;
    const other = `${BASE}/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1`;
    const catalogus = `${BASE}/catalogussen/f6fa4e47-8b2b-4d8e-9b5e-a999993653b2`;
    const item = (url: string) => ({ url, identificatie: "ZT-1", catalogus, beginGeldigheid: "2020-01-01", eindeGeldigheid: null, concept: false });
    server.use(http.get(`${BASE}/zaaktypen`, () => HttpResponse.json({ count: 2, next: null, previous: null, results: [item(odd), item(other)] })));
    const error = await findZaaktype(catalogi, { identificatie: "ZT-1", validOn: "2024-01-01", catalogus }).catch((e: unknown) => e);
    expect(isCatalogusLookupError(error) && error.matches.map((m) => m.url)).toEqual([odd, other]);
    expect(isCatalogusLookupError(error) && error.matches[0]?.catalogus).toBe(catalogus);
    expect(isCatalogusLookupError(error) && error.criteria.catalogus).toBe(catalogus);
    expect((error as Error).message).not.toContain("999993653");
    expect((error as Error).message).toContain("[BSN]");
  });
});
