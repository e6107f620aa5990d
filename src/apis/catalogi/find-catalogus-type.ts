/**
 * The lookup shared by `findZaaktype`, `findInformatieobjecttype` and `findBesluittype`: the one
 * version of a catalogue type that is valid on a day, checked on the client whatever the server did.
 */
import type { NeedsList } from "../client-with.js";
import * as z from "zod/mini";
import { ConfigError, type ConfigIssue } from "../../errors/config-error.js";
import { CatalogusLookupError, type CatalogusLookupCriteria, type CatalogusTypeCandidate } from "../../errors/catalogus-lookup-error.js";
import { redactText, redactUrl } from "../../errors/redact.js";
import { ValidationError } from "../../errors/validation-error.js";
import type { PaginateOptions } from "../../pagination/paginate-options.js";
import { amsterdamDay, isIsoDate } from "../shared/calendar-day.js";
import { checkClient } from "../shared/check-client.js";
import { isAbsoluteHttpUrl } from "../shared/is-absolute-http-url.js";

/**
 * A client that can walk the list at `Path` with `paginate` (every generated client of a version that
 * has the list operation fits).
 */


/** Options shared by the catalogue type lookups. */
export interface FindTypeOptions {
  /** Only versions in this catalogus (its URL). */
  readonly catalogus?: string;
  /**
   * The day the version must be valid on: a `YYYY-MM-DD` string, or a `Date`, which is read as its
   * Europe/Amsterdam calendar day. Valid means `beginGeldigheid <= day <= eindeGeldigheid` (the end
   * day is inclusive; no end is open-ended).
   * @default today in Europe/Amsterdam
   */
  readonly validOn?: string | Date;
  /** Also count concept (unpublished) versions. Zaken, documents and besluiten cannot use concept types. @default false */
  readonly includeConcepts?: boolean;
  /**
   * Send `datumGeldigheid` so the server filters on the day. Every registered Catalogi version (1.2.0 to
   * 1.3.3, Open Zaak 1.3.1) declares it; set `false` for a server that rejects it. The day is always
   * checked again on the client, so a server that ignores the parameter still gives the right answer.
   * @default true
   */
  readonly serverDateFilter?: boolean;
  /** Stops the lookup when aborted. */
  readonly signal?: AbortSignal;
}

/** Which list a lookup walks and how its key is named. */
export interface TypeListSpec {
  readonly workflow: string;
  readonly resource: CatalogusLookupCriteria["resource"];
  readonly plural: string;
  readonly path: string;
  readonly key: CatalogusLookupCriteria["key"];
}

const Item = z.looseObject({
  url: z.string(),
  concept: z.optional(z.nullable(z.boolean())),
  beginGeldigheid: z.optional(z.nullable(z.string())),
  eindeGeldigheid: z.optional(z.nullable(z.string())),
  catalogus: z.optional(z.nullable(z.string())),
});
type Item = z.infer<typeof Item>;

/** The most candidates a message lists (all are in the error's `candidates`). */
const SHOWN = 10;
/** The most items the "what exists" walk after a miss reads. */
const DIAGNOSTIC_LIMIT = 500;

const lastSegment = (url: string): string => url.replace(/\/+$/, "").split("/").pop() ?? "";

/** Checks the options before any request; returns the day as `YYYY-MM-DD`. */
function checkInput(spec: TypeListSpec, value: unknown, options: FindTypeOptions): string {
  const issues: ConfigIssue[] = [];
  if (typeof value !== "string" || value.trim() === "") {
    issues.push({ path: spec.key, message: `is required: the ${spec.resource}'s ${spec.key} (a non-empty string)` });
  }
  if (options.catalogus !== undefined && !isAbsoluteHttpUrl(options.catalogus)) {
    issues.push({ path: "catalogus", message: "must be the absolute URL of a catalogus (https://…/catalogussen/{uuid}), or left out" });
  }
  let day = "";
  const { validOn } = options;
  if (validOn === undefined) day = amsterdamDay(new Date());
  else if (validOn instanceof Date && !Number.isNaN(validOn.getTime())) day = amsterdamDay(validOn);
  else if (typeof validOn === "string" && isIsoDate(validOn)) day = validOn;
  else issues.push({ path: "validOn", message: "must be a calendar day as YYYY-MM-DD (e.g. 2024-02-29) or a valid Date, or left out for today" });
  if (options.includeConcepts !== undefined && typeof options.includeConcepts !== "boolean") {
    issues.push({ path: "includeConcepts", message: "must be true or false" });
  }
  if (options.serverDateFilter !== undefined && typeof options.serverDateFilter !== "boolean") {
    issues.push({ path: "serverDateFilter", message: "must be true or false" });
  }
  if (issues.length > 0) throw new ConfigError(spec.workflow, issues);
  return day;
}

function candidateOf(item: Item): CatalogusTypeCandidate {
  return {
    url: item.url,
    beginGeldigheid: item.beginGeldigheid?.slice(0, 10) ?? null,
    eindeGeldigheid: item.eindeGeldigheid?.slice(0, 10) ?? null,
    concept: item.concept === true,
    catalogus: item.catalogus ? item.catalogus : null,
  };
}

/** ZGW validity: begin on or before the day, and no end or an end on or after it (inclusive). */
function validOnDay(c: CatalogusTypeCandidate, day: string): boolean {
  return (c.beginGeldigheid === null || c.beginGeldigheid <= day) && (c.eindeGeldigheid === null || c.eindeGeldigheid >= day);
}

/** Walks the list and keeps the items with exactly this key (and catalogus, when given). */
async function walk(client: NeedsList<string>, spec: TypeListSpec, value: string, query: Record<string, string>, options: FindTypeOptions, limit: number): Promise<Item[]> {
  const out: Item[] = [];
  let read = 0;
  const paginateOptions: PaginateOptions = options.signal ? { signal: options.signal } : {};
  for await (const raw of client.paginate(spec.path, { params: { query }, ...(options.signal ? { signal: options.signal } : {}) }, paginateOptions)) {
    const parsed = Item.safeParse(raw);
    if (!parsed.success) {
      throw new ValidationError(`${spec.workflow}: an item of GET ${spec.path} is not a ${spec.resource} (it needs at least a url)`, [
        { path: [spec.path, read], code: "invalid_item", message: z.prettifyError(parsed.error) },
      ]);
    }
    read++;
    const item = parsed.data;
    const inCatalogus = options.catalogus === undefined || !item.catalogus || lastSegment(item.catalogus) === lastSegment(options.catalogus);
    if (item[spec.key] === value && inCatalogus) out.push(item);
    if (read >= limit) break;
  }
  return out;
}

// Data fields keep the URLs as the server sent them; only the message is redacted.
const range = (c: CatalogusTypeCandidate): string =>
  `${c.concept ? "concept, " : ""}${c.beginGeldigheid ?? "…"} – ${c.eindeGeldigheid ?? "open"}${c.catalogus ? `, catalogus ${redactUrl(c.catalogus)}` : ""}`;
const list = (cs: readonly CatalogusTypeCandidate[]): string =>
  cs.slice(0, SHOWN).map((c) => `${redactUrl(c.url)} (${range(c)})`).join("; ") + (cs.length > SHOWN ? `; and ${cs.length - SHOWN} more` : "");

function lookupError(spec: TypeListSpec, criteria: CatalogusLookupCriteria, candidates: CatalogusTypeCandidate[], matches: CatalogusTypeCandidate[]): CatalogusLookupError {
  const keyed = `with ${spec.key} "${redactText(criteria.value)}"${criteria.catalogus ? ` in catalogus ${redactUrl(criteria.catalogus)}` : ""}`;
  const on = `valid on ${criteria.validOn} (Europe/Amsterdam)`;
  if (matches.length > 1) {
    return new CatalogusLookupError("ambiguous", criteria, candidates, matches,
      `${spec.workflow}: ${matches.length} ${spec.plural} ${keyed} are ${on}: ${list(matches)}. ` +
        `${criteria.catalogus ? "" : "Pass catalogus to choose one. "}${criteria.includeConcepts ? "Leave includeConcepts off to count only published versions. " : ""}` +
        "Within one catalogus, published versions may not overlap (ztc-016): ask the catalogue manager to end the older one (eindeGeldigheid).");
  }
  const seen = candidates.length === 0
    ? `No ${spec.resource} with this ${spec.key} was seen at all: check the spelling (exact match)${criteria.catalogus ? ", the catalogus" : ""} and that the client may read the Catalogi API (scope catalogi.lezen).`
    : `Seen ${candidates.length} version(s) with this ${spec.key}: ${list(candidates)}.`;
  const concepts = !criteria.includeConcepts && candidates.some((c) => c.concept && validOnDay(c, criteria.validOn));
  const advice = concepts
    ? " A concept version is valid on that day: publish it, or pass includeConcepts: true (zaken cannot use concept types)."
    : candidates.length > 0 ? " Pass a validOn inside one of these ranges, or ask the catalogue manager to add a version for that day." : "";
  return new CatalogusLookupError("none", criteria, candidates, matches,
    `${spec.workflow}: no ${criteria.includeConcepts ? "" : "published "}${spec.resource} ${keyed} is ${on}. ${seen}${advice}`);
}

/** Finds the one version valid on the day; see {@link FindTypeOptions}. */
export async function findCatalogusType<T>(client: NeedsList<string>, spec: TypeListSpec, value: string | undefined, options: FindTypeOptions): Promise<T> {
  checkClient(spec.workflow, client, ["paginate"]);
  const day = checkInput(spec, value, options);
  const key = value as string;
  const includeConcepts = options.includeConcepts ?? false;
  const serverDate = options.serverDateFilter ?? true;
  const base: Record<string, string> = { [spec.key]: key };
  if (options.catalogus !== undefined) base.catalogus = options.catalogus;
  const query: Record<string, string> = { ...base, status: includeConcepts ? "alles" : "definitief" };
  if (serverDate) query.datumGeldigheid = day;

  const items = await walk(client, spec, key, query, options, Number.POSITIVE_INFINITY);
  const all = items.map(candidateOf);
  const matching = items.filter((_, i) => {
    const c = all[i] as CatalogusTypeCandidate;
    return (includeConcepts || !c.concept) && validOnDay(c, day);
  });
  if (matching.length === 1) return matching[0] as T;

  const criteria: CatalogusLookupCriteria = {
    resource: spec.resource,
    key: spec.key,
    value: key,
    ...(options.catalogus !== undefined ? { catalogus: options.catalogus } : {}),
    validOn: day,
    includeConcepts,
  };
  const matches = matching.map(candidateOf);
  let candidates = all;
  // A miss after server-side filtering saw only the versions the server let through: list every
  // version of the key (concepts too) so the error can show what does exist.
  if (matching.length === 0 && (serverDate || !includeConcepts)) {
    try {
      candidates = (await walk(client, spec, key, { ...base, status: "alles" }, options, DIAGNOSTIC_LIMIT)).map(candidateOf);
    } catch (error) {
      // Only diagnostics: report what the lookup itself saw, unless the caller aborted.
      if (options.signal?.aborted) throw error;
    }
  }
  throw lookupError(spec, criteria, candidates, matches);
}
