/**
 * `expand` (zgw-rules 1.6): the allowed dotted paths per resource kind, the read scope of every API an
 * expansion reaches (403 otherwise), `400 invalid_choice @expand` for unknown paths, and the `_expand`
 * object itself, filled from the store across APIs. Also the zaak's derived reverse lists
 * (`rollen`, `zaakinformatieobjecten`, …), computed from the store on every read.
 */
import { servedApi } from "./api-roots.js";
import { type Caller, TYPE_FIELD, allowsObject, checkScopes } from "./auth.js";
import { validationProblem } from "./problems.js";
import { resolveCanonical } from "./references.js";
import type { MockRecord, MockStore } from "./store.js";

/** A member of `_expand`: where it leads and how its URLs are found. */
interface Member {
  /** The kind it expands into (a key of KINDS), or a catalogue type / external object (no deeper paths). */
  readonly kind: string;
  /** The API whose read scope an expansion into it needs (undefined: external, nothing to check). */
  readonly api?: string;
  /** Reverse relation: the records pointing at this one (instead of the record's own field). */
  readonly reverse?: (record: MockRecord, store: MockStore) => string[];
}

const type = (kind: string): Member => ({ kind, api: "catalogi" });
const EXTERNAL: Member = { kind: "external" };

function pointing(api: string, collection: string, field: string): (record: MockRecord, store: MockStore) => string[] {
  return (record, store) => {
    const url = record.url;
    return [...store.collection(api, collection).values()].filter((r) => r[field] === url).map((r) => String(r.url));
  };
}

const ZAAK: Member = { kind: "zaak", api: "zaken" };
const DOCUMENT: Member = { kind: "document", api: "documenten" };
const BESLUIT: Member = { kind: "besluit", api: "besluiten" };

/** The zaak's reverse lists (read-only fields the store derives). */
type Reverse = (record: MockRecord, store: MockStore) => string[];
const ZAAK_REVERSE: { readonly deelzaken: Reverse; readonly eigenschappen: Reverse; readonly rollen: Reverse; readonly zaakinformatieobjecten: Reverse; readonly zaakobjecten: Reverse } = {
  deelzaken: pointing("zaken", "/zaken", "hoofdzaak"),
  eigenschappen: (record, store) => {
    const uuid = String(record.url ?? "").split("/").pop() ?? "";
    return [...store.collection("zaken", `/zaken/${uuid}/zaakeigenschappen`).values()].map((r) => String(r.url));
  },
  rollen: pointing("zaken", "/rollen", "zaak"),
  zaakinformatieobjecten: pointing("zaken", "/zaakinformatieobjecten", "zaak"),
  zaakobjecten: pointing("zaken", "/zaakobjecten", "zaak"),
};

/** Members per resource kind (the `_expand` members of the Zaken 1.7, Documenten 1.7 and Besluiten 1.1 schemas). */
const KINDS: Readonly<Record<string, Readonly<Record<string, Member>>>> = {
  zaak: {
    zaaktype: type("zaaktype"),
    communicatiekanaal: EXTERNAL,
    productenOfDiensten: EXTERNAL,
    selectielijstklasse: EXTERNAL,
    hoofdzaak: ZAAK,
    deelzaken: { ...ZAAK, reverse: ZAAK_REVERSE.deelzaken },
    relevanteAndereZaken: ZAAK,
    eigenschappen: { kind: "zaakeigenschap", api: "zaken", reverse: ZAAK_REVERSE.eigenschappen },
    rollen: { kind: "rol", api: "zaken", reverse: ZAAK_REVERSE.rollen },
    status: { kind: "status", api: "zaken" },
    zaakinformatieobjecten: { kind: "zaakinformatieobject", api: "zaken", reverse: ZAAK_REVERSE.zaakinformatieobjecten },
    zaakobjecten: { kind: "zaakobject", api: "zaken", reverse: ZAAK_REVERSE.zaakobjecten },
    resultaat: { kind: "resultaat", api: "zaken" },
  },
  status: {
    zaak: ZAAK,
    statustype: type("statustype"),
    gezetdoor: { kind: "rol", api: "zaken" },
    zaakinformatieobjecten: { kind: "zaakinformatieobject", api: "zaken", reverse: pointing("zaken", "/zaakinformatieobjecten", "status") },
  },
  rol: { zaak: ZAAK, betrokkene: EXTERNAL, roltype: type("roltype"), statussen: { kind: "status", api: "zaken", reverse: pointing("zaken", "/statussen", "gezetdoor") } },
  resultaat: { zaak: ZAAK, resultaattype: type("resultaattype") },
  zaakeigenschap: { zaak: ZAAK, eigenschap: type("eigenschap") },
  zaakinformatieobject: { informatieobject: DOCUMENT, zaak: ZAAK, status: { kind: "status", api: "zaken" } },
  zaakobject: { zaak: ZAAK, object: EXTERNAL, zaakobjecttype: type("zaakobjecttype") },
  zaakbesluit: { besluit: BESLUIT },
  document: { informatieobjecttype: type("informatieobjecttype") },
  documentrelatie: { informatieobject: DOCUMENT },
  besluit: { besluittype: type("besluittype"), zaak: ZAAK },
  besluitinformatieobject: { informatieobject: DOCUMENT, besluit: BESLUIT },
};

/** The resource kind of a collection template per API. */
const COLLECTION_KIND: Readonly<Record<string, string>> = {
  "zaken /zaken": "zaak",
  "zaken /statussen": "status",
  "zaken /rollen": "rol",
  "zaken /resultaten": "resultaat",
  "zaken /zaken/{zaak_uuid}/zaakeigenschappen": "zaakeigenschap",
  "zaken /zaakinformatieobjecten": "zaakinformatieobject",
  "zaken /zaakobjecten": "zaakobject",
  "zaken /zaken/{zaak_uuid}/besluiten": "zaakbesluit",
  "documenten /enkelvoudiginformatieobjecten": "document",
  "documenten /gebruiksrechten": "documentrelatie",
  "documenten /objectinformatieobjecten": "documentrelatie",
  "documenten /verzendingen": "documentrelatie",
  "besluiten /besluiten": "besluit",
  "besluiten /besluitinformatieobjecten": "besluitinformatieobject",
};

const READ_SCOPE: Readonly<Record<string, string>> = { zaken: "zaken.lezen", catalogi: "catalogi.lezen", documenten: "documenten.lezen", besluiten: "besluiten.lezen" };

/** The resource kind an endpoint template serves (`/zaken/{uuid}`, `/zaken/_zoek` → `zaak`). */
export function kindOfTemplate(api: string, template: string): string | undefined {
  const collection = template.replace(/\/_zoek$/, "").replace(/\/\{[^}]+\}$/, "");
  return COLLECTION_KIND[`${api} ${collection}`];
}

/** A parsed expand request: nested member names. */
export type ExpandTree = Map<string, ExpandTree>;

/** The `expand` values of a request (query, or the `_zoek` body's `expand`, string or list). */
export function expandValues(query: URLSearchParams, body: unknown): string[] {
  const raw: string[] = query.getAll("expand");
  const fromBody = typeof body === "object" && body !== null ? (body as Record<string, unknown>).expand : undefined;
  if (typeof fromBody === "string") raw.push(fromBody);
  if (Array.isArray(fromBody)) raw.push(...fromBody.map(String));
  return raw.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}

function parse(kind: string, values: readonly string[]): { tree: ExpandTree; invalid: string[]; apis: Set<string> } {
  const tree: ExpandTree = new Map();
  const invalid: string[] = [];
  const apis = new Set<string>();
  for (const value of values) {
    let current = kind;
    let node = tree;
    const reached: string[] = [];
    let ok = true;
    for (const segment of value.split(".")) {
      const member = KINDS[current]?.[segment];
      if (!member) {
        ok = false;
        break;
      }
      if (member.api) reached.push(member.api);
      current = member.kind;
      let next = node.get(segment);
      if (!next) {
        next = new Map();
        node.set(segment, next);
      }
      node = next;
    }
    if (ok) for (const api of reached) apis.add(api);
    else invalid.push(value);
  }
  return { tree, invalid, apis };
}

/**
 * The permission stage for `expand` (zgw-rules 1.4 step 2): the read scope of every API the valid paths
 * reach, on any autorisatie of that component → 403 `permission_denied` otherwise.
 */
export function checkExpandScopes(kind: string, values: readonly string[], caller: Caller): void {
  for (const api of parse(kind, values).apis) {
    const served = servedApi(api);
    const scope = READ_SCOPE[api];
    if (served && scope) checkScopes(served, caller, [scope]);
  }
}

/** Checks the expand paths for a resource kind (scopes, then unknown paths: `400 invalid_choice @expand`); returns the tree. */
export function planExpand(kind: string, values: readonly string[], caller: Caller): ExpandTree {
  checkExpandScopes(kind, values, caller);
  const { tree, invalid } = parse(kind, values);
  if (invalid.length > 0) {
    throw validationProblem(invalid.map((value) => ({ name: "expand", code: "invalid_choice", reason: `"${value}" is geen geldige keuze.` })));
  }
  return tree;
}

/** Fills the zaak's derived reverse lists from the store (a copy; other kinds unchanged). */
export function withDerived(kind: string, record: MockRecord, store: MockStore): MockRecord {
  if (kind !== "zaak" || typeof record.url !== "string") return record;
  const out: MockRecord = { ...record };
  for (const [field, derive] of Object.entries(ZAAK_REVERSE)) out[field] = derive(record, store);
  return out;
}

function urlsOf(record: MockRecord, name: string, member: Member, store: MockStore): { many: boolean; urls: string[] } {
  if (member.reverse) return { many: true, urls: member.reverse(record, store) };
  const value = record[name];
  if (Array.isArray(value)) {
    return { many: true, urls: value.map((v) => (typeof v === "object" && v !== null ? (v as MockRecord).url : v)).filter((v): v is string => typeof v === "string" && v !== "") };
  }
  return { many: false, urls: typeof value === "string" && value !== "" ? [value] : [] };
}

/** Whether the caller may read an expanded main object (type-bound, as a detail read would be checked). */
function readable(record: MockRecord, api: string, caller: Caller): boolean {
  const served = servedApi(api);
  const field = served ? TYPE_FIELD[served.component ?? ""] : undefined;
  if (!served || !field || !(field in record)) return true;
  return allowsObject(served, caller, [READ_SCOPE[api] ?? ""], record);
}

/**
 * The record with `_expand` filled for `tree` (a copy). Single members that are empty become `{}`,
 * URLs the mock does not hold (external) are left out; objects the caller may not read are left out.
 */
export function expandRecord(kind: string, record: MockRecord, tree: ExpandTree, store: MockStore, caller: Caller): MockRecord {
  const out = withDerived(kind, record, store);
  const expanded: MockRecord = {};
  for (const [name, subtree] of tree) {
    const member = KINDS[kind]?.[name];
    if (!member) continue;
    const { many, urls } = urlsOf(out, name, member, store);
    const items: MockRecord[] = [];
    for (const url of urls) {
      const found = resolveCanonical(store, url);
      if (!found || !readable(found.record, found.api.id, caller)) continue;
      items.push(KINDS[member.kind] && subtree.size > 0 ? expandRecord(member.kind, found.record, subtree, store, caller) : withDerived(member.kind, found.record, store));
    }
    if (many) expanded[name] = items;
    else if (urls.length === 0) expanded[name] = {};
    else if (items[0]) expanded[name] = items[0];
  }
  out._expand = expanded;
  return out;
}

/** Applies `expand` to a response body (one record, a bare array, or a page object's `results`). */
export function expandBody(kind: string, body: unknown, tree: ExpandTree, store: MockStore, caller: Caller): unknown {
  const one = (item: unknown): unknown => (typeof item === "object" && item !== null && !Array.isArray(item) ? expandRecord(kind, item as MockRecord, tree, store, caller) : item);
  if (Array.isArray(body)) return body.map(one);
  if (typeof body === "object" && body !== null && Array.isArray((body as MockRecord).results)) {
    return { ...(body as MockRecord), results: ((body as MockRecord).results as unknown[]).map(one) };
  }
  return one(body);
}
