/**
 * Hand-written facts of the mock's small built-in Referentielijsten/selectielijst API (read-only, no
 * authentication), served under `/referentielijsten/api/v1` by the generic engine from the seed's
 * `referentielijsten` data. Modeled on the public Referentielijsten API (VNG-Realisatie/referentielijsten-api,
 * Open Zaak's selectielijst): `/procestypen` and `/resultaattypeomschrijvingen` answer bare arrays,
 * `/resultaten` answers page objects filtered by `procesType`.
 */
import type { OperationTable } from "../../core/operation-table.js";
import type { MockFacts } from "../engine/mock-facts.js";

const read = (query?: readonly string[], paged?: true) => ({ get: { status: 200, ...(query ? { query } : {}), ...(paged ? { paged } : {}) } });

/** Mock facts of the built-in Referentielijsten API. */
export const referentielijstenFacts: MockFacts = {
  id: "referentielijsten",
  version: "1.0.0",
  variant: "mock",
  server: "/referentielijsten/api/v1",
  schemas: {},
  operations: {
    "/procestypen": read(["jaar"]),
    "/procestypen/{uuid}": read(),
    "/resultaten": read(["procesType", "page"], true),
    "/resultaten/{uuid}": read(),
    "/resultaattypeomschrijvingen": read([]),
    "/resultaattypeomschrijvingen/{uuid}": read(),
  },
};

/** Runtime list facts of the built-in Referentielijsten API. */
export const referentielijstenTable: OperationTable = {
  id: "referentielijsten",
  version: "1.0.0",
  variant: "mock",
  securitySchemes: {},
  security: [],
  operations: {
    "/procestypen": { get: { list: "array" } },
    "/resultaten": { get: { list: "page", paged: true } },
    "/resultaattypeomschrijvingen": { get: { list: "array" } },
  },
};
