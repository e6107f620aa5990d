/**
 * A small stateful Zaken server for the workflow tests: answers POST /zaken, /statussen, /rollen,
 * /resultaten and DELETE /zaken/{uuid}, /resultaten/{uuid} like Open Zaak, records every request in
 * order, and can be told to fail a step.
 */
import { http, HttpResponse } from "msw";
import { recorder, server } from "../../helpers/msw.js";

export const BASE = "https://open-zaak.example.nl/zaken/api/v1";
export const CATALOGI = "https://open-zaak.example.nl/catalogi/api/v1";
export const ZAAK_UUID = "d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11";
export const ZAAK_URL = `${BASE}/zaken/${ZAAK_UUID}`;
export const ZAAKTYPE = `${CATALOGI}/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1`;
export const STATUSTYPE = `${CATALOGI}/statustypen/5e6a8b1c-2d3f-4a5b-8c9d-0e1f2a3b4c01`;
export const EINDSTATUSTYPE = `${CATALOGI}/statustypen/5e6a8b1c-2d3f-4a5b-8c9d-0e1f2a3b4c02`;
export const ROLTYPE = `${CATALOGI}/roltypen/7a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c01`;
export const RESULTAATTYPE = `${CATALOGI}/resultaattypen/9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c01`;
export const RESULTAAT_UUID = "3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e01";

/** An Open Zaak style 400 (`ValidatieFout`). */
export function validatieFout(name: string, code: string, reason: string): Response {
  return HttpResponse.json(
    {
      type: "https://open-zaak.example.nl/ref/fouten/ValidationError/",
      code: "invalid",
      title: "Invalid input.",
      status: 400,
      detail: "Invalid input.",
      instance: "urn:uuid:4b2c4f16-5d1a-4c7e-9f3b-2a6d8e0c1b11",
      invalidParams: [{ name, code, reason }],
    },
    { status: 400, headers: { "Content-Type": "application/problem+json" } },
  );
}

/** Which step answers with what instead of success. */
export interface Failures {
  readonly zaak?: () => Response;
  readonly status?: () => Response;
  readonly rol?: () => Response;
  readonly resultaat?: () => Response;
  readonly deleteZaak?: () => Response;
  readonly deleteResultaat?: () => Response;
  /** The answer of GET /zaken/{uuid} (the read-back after a lost answer). @default an open zaak */
  readonly getZaak?: () => Response;
  /** The `omschrijvingGeneriek` the rol answer carries. @default "initiator" */
  readonly omschrijvingGeneriek?: string;
}

/** Installs the handlers; returns the requests seen, in order. */
export function serveZaken(failures: Failures = {}) {
  const { seen, record } = recorder();
  const body = async (request: Request) => (await request.clone().json()) as Record<string, unknown>;
  server.use(
    http.post(`${BASE}/zaken`, async ({ request }) => {
      await record(request);
      if (failures.zaak) return failures.zaak();
      const zaak = await body(request);
      return HttpResponse.json(
        { ...zaak, url: ZAAK_URL, uuid: ZAAK_UUID, identificatie: zaak.identificatie ?? "ZAAK-2024-0000000001", einddatum: null, status: null, resultaat: null, rollen: [] },
        { status: 201, headers: { "Content-Crs": "EPSG:4326" } },
      );
    }),
    http.post(`${BASE}/statussen`, async ({ request }) => {
      await record(request);
      if (failures.status) return failures.status();
      const status = await body(request);
      return HttpResponse.json({ ...status, url: `${BASE}/statussen/6b1f1d7e-0f6e-4d0e-8a3b-9d2c1e0f0a01`, uuid: "6b1f1d7e-0f6e-4d0e-8a3b-9d2c1e0f0a01", indicatieLaatstGezetteStatus: true }, { status: 201 });
    }),
    http.post(`${BASE}/rollen`, async ({ request }) => {
      await record(request);
      if (failures.rol) return failures.rol();
      const rol = await body(request);
      return HttpResponse.json(
        { ...rol, url: `${BASE}/rollen/8c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e01`, uuid: "8c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e01", omschrijving: "Aanvrager", omschrijvingGeneriek: failures.omschrijvingGeneriek ?? "initiator" },
        { status: 201 },
      );
    }),
    http.post(`${BASE}/resultaten`, async ({ request }) => {
      await record(request);
      if (failures.resultaat) return failures.resultaat();
      const resultaat = await body(request);
      return HttpResponse.json({ ...resultaat, url: `${BASE}/resultaten/${RESULTAAT_UUID}`, uuid: RESULTAAT_UUID }, { status: 201 });
    }),
    http.get(`${BASE}/zaken/:uuid`, async ({ request }) => {
      await record(request);
      return failures.getZaak ? failures.getZaak() : HttpResponse.json({ url: ZAAK_URL, uuid: ZAAK_UUID, einddatum: null, status: null, resultaat: `${BASE}/resultaten/${RESULTAAT_UUID}` });
    }),
    http.delete(`${BASE}/zaken/:uuid`, async ({ request }) => {
      await record(request);
      return failures.deleteZaak ? failures.deleteZaak() : new HttpResponse(null, { status: 204 });
    }),
    http.delete(`${BASE}/resultaten/:uuid`, async ({ request }) => {
      await record(request);
      return failures.deleteResultaat ? failures.deleteResultaat() : new HttpResponse(null, { status: 204 });
    }),
  );
  return seen;
}

/** `METHOD /path` of each request seen, with the API root cut off. */
export const steps = (seen: readonly { method: string; url: URL }[]): string[] => seen.map((r) => `${r.method} ${r.url.href.slice(BASE.length)}`);
