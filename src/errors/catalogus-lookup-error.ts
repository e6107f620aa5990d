import { CommonGroundError, hasNameAndKind } from "./common-ground-error.js";

/** One version of a catalogue type seen during a lookup, with its validity. */
export interface CatalogusTypeCandidate {
  /** The type's URL, as the server sent it (only the error's message is redacted). */
  readonly url: string;
  /** First day it is valid (`beginGeldigheid`). */
  readonly beginGeldigheid: string | null;
  /** Last day it is valid, inclusive (`eindeGeldigheid`); `null` for open-ended. */
  readonly eindeGeldigheid: string | null;
  /** True for an unpublished version. */
  readonly concept: boolean;
  /** The catalogus it belongs to, when the server said. */
  readonly catalogus: string | null;
}

/** What a lookup searched for. */
export interface CatalogusLookupCriteria {
  /** `zaaktype`, `informatieobjecttype` or `besluittype`. */
  readonly resource: "zaaktype" | "informatieobjecttype" | "besluittype";
  /** The key field: `identificatie` (zaaktype) or `omschrijving` (the others). */
  readonly key: "identificatie" | "omschrijving";
  /** The key value searched for. */
  readonly value: string;
  /** The catalogus URL it was limited to, if any. */
  readonly catalogus?: string;
  /** The day the version had to be valid on, `YYYY-MM-DD` (Europe/Amsterdam). */
  readonly validOn: string;
  /** Whether concept versions counted. */
  readonly includeConcepts: boolean;
}

/**
 * A catalogue type lookup (`findZaaktype`, `findInformatieobjecttype`, `findBesluittype`) did not find
 * exactly one version: `reason` is `none` (no version valid on the day) or `ambiguous` (more than one,
 * e.g. the same identificatie in two catalogi). The message says what was searched, which versions
 * were seen with their validity, and what to do; `candidates` and `matches` have the same as data.
 *
 * @example
 * ```ts
 * import { isCatalogusLookupError } from "commonground-sdk";
 * try { await findZaaktype(catalogi, { identificatie: "ZAAKTYPE-2020-0000000001" }); }
 * catch (e) { if (isCatalogusLookupError(e) && e.reason === "ambiguous") console.log(e.matches.map((m) => m.catalogus)); }
 * ```
 */
export class CatalogusLookupError extends CommonGroundError {
  /** `none`: no version is valid on the day; `ambiguous`: more than one is. */
  readonly reason: "none" | "ambiguous";
  /** What was searched. */
  readonly criteria: CatalogusLookupCriteria;
  /** Every version with the key that was seen (valid or not). */
  readonly candidates: readonly CatalogusTypeCandidate[];
  /** The versions that were valid on the day (0 for `none`, 2 or more for `ambiguous`). */
  readonly matches: readonly CatalogusTypeCandidate[];

  constructor(
    reason: "none" | "ambiguous",
    criteria: CatalogusLookupCriteria,
    candidates: readonly CatalogusTypeCandidate[],
    matches: readonly CatalogusTypeCandidate[],
    message: string,
  ) {
    super("workflow", message);
    this.name = "CatalogusLookupError";
    this.reason = reason;
    this.criteria = criteria;
    this.candidates = candidates;
    this.matches = matches;
  }
}

/** True for a {@link CatalogusLookupError}, also one from another realm. */
export function isCatalogusLookupError(value: unknown): value is CatalogusLookupError {
  return value instanceof CatalogusLookupError || hasNameAndKind(value, "CatalogusLookupError", "workflow");
}
