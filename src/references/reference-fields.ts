import type { CommonGroundClient, DataOf } from "../client/client-types.js";

/**
 * Known reference fields: which API's client, and which detail path, a field's URL points at.
 * `zaak.zaaktype` is a Catalogi `ZaakType`, `zaakinformatieobject.informatieobject` a Documenten
 * document, an object's `type` an Objecttype, and so on.
 */
export const REFERENCE_FIELDS = {
  zaaktype: { api: "catalogi", path: "/zaaktypen/{uuid}" },
  statustype: { api: "catalogi", path: "/statustypen/{uuid}" },
  roltype: { api: "catalogi", path: "/roltypen/{uuid}" },
  resultaattype: { api: "catalogi", path: "/resultaattypen/{uuid}" },
  besluittype: { api: "catalogi", path: "/besluittypen/{uuid}" },
  informatieobjecttype: { api: "catalogi", path: "/informatieobjecttypen/{uuid}" },
  eigenschap: { api: "catalogi", path: "/eigenschappen/{uuid}" },
  informatieobject: { api: "documenten", path: "/enkelvoudiginformatieobjecten/{uuid}" },
  zaak: { api: "zaken", path: "/zaken/{uuid}" },
  hoofdzaak: { api: "zaken", path: "/zaken/{uuid}" },
  status: { api: "zaken", path: "/statussen/{uuid}" },
  resultaat: { api: "zaken", path: "/resultaten/{uuid}" },
  besluit: { api: "besluiten", path: "/besluiten/{uuid}" },
  type: { api: "objecttypen", path: "/objecttypes/{uuid}" },
} as const;

/** A known reference field name. */
export type ReferenceField = keyof typeof REFERENCE_FIELDS;

type PathsOf<Client> = Client extends CommonGroundClient<infer Paths> ? Paths : never;

/**
 * The type a reference field resolves to, given the configured clients: the GET response of the
 * target path in the version of the API that was configured (`unknown` when that API is not).
 */
export type Referenced<Clients, Field extends ReferenceField> = (typeof REFERENCE_FIELDS)[Field] extends {
  api: infer Api;
  path: infer Path;
}
  ? Api extends keyof Clients
    ? Path extends keyof PathsOf<Clients[Api]>
      ? DataOf<PathsOf<Clients[Api]>[Path], "get">
      : unknown
    : unknown
  : unknown;
