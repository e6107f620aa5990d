/** Shared set-up of the Catalogi rule tests: a mock over real HTTP, clients with and without forced scopes. */
import { zgwJwt } from "../../../src/auth/zgw-jwt.js";
import { createCatalogiClient } from "../../../src/generated/catalogi/index.js";
import { type MockCommonGround, SEED, createMockCommonGround, seedUuid } from "../../../src/testing/index.js";

export const BEHEER = { clientId: "ztc-beheer", secret: "ztc-beheer-secret-0123456789abcdef" };
export const GEFORCEERD = { clientId: "ztc-geforceerd", secret: "ztc-geforceerd-secret-0123456789abc" };

/** A running mock with two extra applicaties: catalogi.schrijven only, and the forced scopes too. */
export async function startMock(): Promise<{ mock: MockCommonGround; origin: string }> {
  const mock = await createMockCommonGround({ notify: false, clients: { [BEHEER.clientId]: BEHEER.secret, [GEFORCEERD.clientId]: GEFORCEERD.secret } });
  const app = (n: number, clientId: string, scopes: string[]) => ({
    url: `/autorisaties/api/v1/applicaties/${seedUuid(n)}`,
    clientIds: [clientId],
    label: clientId,
    heeftAlleAutorisaties: false,
    autorisaties: [{ component: "ztc", componentWeergave: "Catalogi API", scopes }],
  });
  mock.seed({
    autorisaties: {
      "/applicaties": [
        app(550, BEHEER.clientId, ["catalogi.lezen", "catalogi.schrijven"]),
        app(551, GEFORCEERD.clientId, ["catalogi.lezen", "catalogi.schrijven", "catalogi.geforceerd-schrijven", "catalogi.geforceerd-verwijderen"]),
      ],
    },
  });
  const { origin } = await mock.listen({ port: 0 });
  return { mock, origin };
}

/** A Catalogi client of the mock for a client id (default: the demo client with every authorisation). */
export function catalogiOf(mock: MockCommonGround, who: { clientId: string; secret: string } = mock.credentials) {
  return createCatalogiClient({ baseUrl: mock.baseUrls.catalogi, auth: zgwJwt({ clientId: who.clientId, secret: who.secret }) });
}

/** What a rejected SDK call carried. */
export interface Refusal {
  readonly status: number;
  readonly invalidParams: readonly { readonly name: string; readonly code: string }[];
}

/** Awaits a call made with `throwOnError: true` that must fail; returns the typed error's status and params. */
export async function refusal(call: Promise<unknown>): Promise<{ status: number; params: string[] }> {
  try {
    await call;
  } catch (error) {
    const e = error as Refusal;
    return { status: e.status, params: (e.invalidParams ?? []).map((p) => `${p.code} @${p.name}`).sort() };
  }
  throw new Error("expected the request to be refused");
}

/** The uuid at the end of a URL. */
export const uuidOf = (url: string): string => url.split("/").pop() ?? "";

/** A minimal valid zaaktype body in the seed catalogus. */
export function zaaktypeBody(origin: string, identificatie: string, overrides: Record<string, unknown> = {}) {
  return {
    identificatie,
    omschrijving: `Zaaktype ${identificatie}`,
    vertrouwelijkheidaanduiding: "openbaar" as const,
    doel: "Testen",
    aanleiding: "Test",
    indicatieInternOfExtern: "extern",
    handelingInitiator: "aanvragen",
    onderwerp: "Test",
    handelingBehandelaar: "behandelen",
    doorlooptijd: "P30D",
    opschortingEnAanhoudingMogelijk: false,
    verlengingMogelijk: false,
    publicatieIndicatie: false,
    productenOfDiensten: [],
    referentieproces: { naam: "test" },
    verantwoordelijke: "Team Test",
    catalogus: `${origin}${SEED.catalogus}`,
    besluittypen: [],
    deelzaaktypen: [],
    gerelateerdeZaaktypen: [],
    beginGeldigheid: "2026-01-01",
    versiedatum: "2026-01-01",
    ...overrides,
  };
}
