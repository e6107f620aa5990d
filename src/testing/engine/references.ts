/** URL references in request bodies, checked without leaving the process (zgw-rules 1.5). */
import type { Resolved } from "./behaviour.js";
import type { InvalidParam } from "./problems.js";
import { route } from "./router.js";
import type { MockStore } from "./store.js";
import { isMockPath } from "./urls.js";

/** The item template a reference field must point at, by field name (the last name segment). */
const EXPECTED: Readonly<Record<string, string>> = {
  zaaktype: "/zaaktypen/{uuid}",
  statustype: "/statustypen/{uuid}",
  roltype: "/roltypen/{uuid}",
  resultaattype: "/resultaattypen/{uuid}",
  eigenschap: "/eigenschappen/{uuid}",
  zaakobjecttype: "/zaakobjecttypen/{uuid}",
  informatieobjecttype: "/informatieobjecttypen/{uuid}",
  besluittype: "/besluittypen/{uuid}",
  catalogus: "/catalogussen/{uuid}",
  zaak: "/zaken/{uuid}",
  hoofdzaak: "/zaken/{uuid}",
  informatieobject: "/enkelvoudiginformatieobjecten/{uuid}",
  besluit: "/besluiten/{uuid}",
  status: "/statussen/{uuid}",
  resultaat: "/resultaten/{uuid}",
};

/** The record behind a canonical path, when it is an item the mock holds. */
export function resolveCanonical(store: MockStore, value: unknown): Resolved | undefined {
  if (typeof value !== "string" || !value.startsWith("/") || !isMockPath(value)) return undefined;
  const match = route("GET", value.split("?")[0] ?? value);
  if (!match?.operation || !/\}$/.test(match.template)) return undefined;
  const cut = match.path.lastIndexOf("/");
  const collection = match.path.slice(0, cut) || "/";
  const id = match.path.slice(cut + 1);
  const record = store.collection(match.api.id, collection).get(decodeURIComponent(id));
  return record ? { api: match.api, template: match.template, collection, id, record } : undefined;
}

/** Checks every local URL in a (canonicalised) body; returns the invalidParams. */
export function checkReferences(store: MockStore, body: unknown, path: (string | number)[] = []): InvalidParam[] {
  if (typeof body === "string") {
    if (!body.startsWith("/") || !isMockPath(body)) return [];
    const name = path.length > 0 ? path.join(".") : "nonFieldErrors";
    const match = route("GET", body.split("?")[0] ?? body);
    if (!match?.operation || !/\}$/.test(match.template)) return [{ name, code: "bad-url", reason: "De URL verwijst niet naar een resource van deze mock." }];
    const field = [...path].reverse().find((p) => typeof p === "string" && p !== "url") as string | undefined;
    const expected = field ? EXPECTED[field] : undefined;
    if (expected && match.template !== expected) return [{ name, code: "invalid-resource", reason: "De URL verwijst naar een ander soort resource." }];
    if (!resolveCanonical(store, body)) return [{ name, code: "does_not_exist", reason: "Ongeldige hyperlink - Object bestaat niet." }];
    return [];
  }
  if (Array.isArray(body)) return body.flatMap((item, i) => checkReferences(store, item, [...path, i]));
  if (typeof body === "object" && body !== null) {
    return Object.entries(body).flatMap(([key, value]) => checkReferences(store, value, [...path, key]));
  }
  return [];
}
