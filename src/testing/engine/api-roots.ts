/**
 * Where the mock serves each API, and which generated facts drive it. One table: adding an API (or
 * moving the mock to another default version) is a row here.
 */
import { mockFacts as autorisatiesFacts } from "../../generated/autorisaties/1.1.0/mock-facts.js";
import { operationTable as autorisatiesTable } from "../../generated/autorisaties/1.1.0/operations.js";
import { mockFacts as bagFacts } from "../../generated/bag/2.0.0/mock-facts.js";
import { operationTable as bagTable } from "../../generated/bag/2.0.0/operations.js";
import { mockFacts as besluitenFacts } from "../../generated/besluiten/1.1.0/mock-facts.js";
import { operationTable as besluitenTable } from "../../generated/besluiten/1.1.0/operations.js";
import { mockFacts as brkFacts } from "../../generated/brk/2.0.0/mock-facts.js";
import { operationTable as brkTable } from "../../generated/brk/2.0.0/operations.js";
import { mockFacts as brpFacts } from "../../generated/brp-personen/2.7.0/mock-facts.js";
import { operationTable as brpTable } from "../../generated/brp-personen/2.7.0/operations.js";
import { mockFacts as catalogiFacts } from "../../generated/catalogi/1.3.3/mock-facts.js";
import { operationTable as catalogiTable } from "../../generated/catalogi/1.3.3/operations.js";
import { mockFacts as documentenFacts } from "../../generated/documenten/1.7.0/mock-facts.js";
import { operationTable as documentenTable } from "../../generated/documenten/1.7.0/operations.js";
import { mockFacts as klantinteractiesFacts } from "../../generated/klantinteracties/0.9.0-openklant-2.18.0/mock-facts.js";
import { operationTable as klantinteractiesTable } from "../../generated/klantinteracties/0.9.0-openklant-2.18.0/operations.js";
import { mockFacts as notificatiesFacts } from "../../generated/notificaties/1.0.1/mock-facts.js";
import { operationTable as notificatiesTable } from "../../generated/notificaties/1.0.1/operations.js";
import { mockFacts as objectenFacts } from "../../generated/objecten/2.7.0-objects-4.0.0/mock-facts.js";
import { operationTable as objectenTable } from "../../generated/objecten/2.7.0-objects-4.0.0/operations.js";
import { mockFacts as objecttypenFacts } from "../../generated/objecttypen/2.2.2-objecttypes-3.4.2/mock-facts.js";
import { operationTable as objecttypenTable } from "../../generated/objecttypen/2.2.2-objecttypes-3.4.2/operations.js";
import { mockFacts as wozFacts } from "../../generated/woz/1.0.0/mock-facts.js";
import { operationTable as wozTable } from "../../generated/woz/1.0.0/operations.js";
import { mockFacts as zakenFacts } from "../../generated/zaken/1.7.0/mock-facts.js";
import { operationTable as zakenTable } from "../../generated/zaken/1.7.0/operations.js";
import type { OperationTable } from "../../core/operation-table.js";
import { referentielijstenFacts, referentielijstenTable } from "../apis/selectielijst-facts.js";
import type { MockFacts } from "./mock-facts.js";

/** How clients authenticate to an API. */
export type AuthKind =
  /** ZGW JWT (HS256, secret per client id), authorised through the mock's Autorisaties API. */
  | "jwt"
  /** `Authorization: Token <key>` (Open Klant, Objects). */
  | "token"
  /** `X-Api-Key: <key>` (Haal Centraal: BRP, BAG, BRK, WOZ). */
  | "api-key"
  /** No authentication (the public Referentielijsten/selectielijst API). */
  | "none";

/** One API the mock serves. */
export interface ServedApi {
  /** Registry id, e.g. `zaken`. */
  readonly id: string;
  /** Path under the origin, e.g. `/zaken/api/v1` (Open Zaak's layout where there is one). */
  readonly root: string;
  readonly auth: AuthKind;
  /** ZGW component for authorisation (`zrc`, `ztc`, …), JWT APIs only. */
  readonly component?: string;
  readonly facts: MockFacts;
  readonly table: OperationTable;
}

/** Every API the mock serves, at its default version. */
export const SERVED_APIS: readonly ServedApi[] = [
  { id: "zaken", root: "/zaken/api/v1", auth: "jwt", component: "zrc", facts: zakenFacts, table: zakenTable },
  { id: "catalogi", root: "/catalogi/api/v1", auth: "jwt", component: "ztc", facts: catalogiFacts, table: catalogiTable },
  { id: "documenten", root: "/documenten/api/v1", auth: "jwt", component: "drc", facts: documentenFacts, table: documentenTable },
  { id: "besluiten", root: "/besluiten/api/v1", auth: "jwt", component: "brc", facts: besluitenFacts, table: besluitenTable },
  { id: "autorisaties", root: "/autorisaties/api/v1", auth: "jwt", component: "ac", facts: autorisatiesFacts, table: autorisatiesTable },
  { id: "notificaties", root: "/notificaties/api/v1", auth: "jwt", component: "nrc", facts: notificatiesFacts, table: notificatiesTable },
  { id: "klantinteracties", root: "/klantinteracties/api/v1", auth: "token", facts: klantinteractiesFacts, table: klantinteractiesTable },
  { id: "objecten", root: "/objecten/api/v2", auth: "token", facts: objectenFacts, table: objectenTable },
  { id: "objecttypen", root: "/objecttypen/api/v2", auth: "token", facts: objecttypenFacts, table: objecttypenTable },
  { id: "brp-personen", root: "/haalcentraal/api/brp", auth: "api-key", facts: brpFacts, table: brpTable },
  { id: "bag", root: "/lvbag/individuelebevragingen/v2", auth: "api-key", facts: bagFacts, table: bagTable },
  { id: "brk", root: "/brk/bevragen/v2", auth: "api-key", facts: brkFacts, table: brkTable },
  { id: "woz", root: "/woz/api/v1", auth: "api-key", facts: wozFacts, table: wozTable },
  { id: "referentielijsten", root: "/referentielijsten/api/v1", auth: "none", facts: referentielijstenFacts, table: referentielijstenTable },
];

/** The ids of the served APIs. */
export type MockApiId =
  | "zaken"
  | "catalogi"
  | "documenten"
  | "besluiten"
  | "autorisaties"
  | "notificaties"
  | "klantinteracties"
  | "objecten"
  | "objecttypen"
  | "brp-personen"
  | "bag"
  | "brk"
  | "woz"
  | "referentielijsten";

/** The served API by id. */
export function servedApi(id: string): ServedApi | undefined {
  return SERVED_APIS.find((api) => api.id === id);
}
