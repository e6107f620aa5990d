/** Verzendingen (zgw-rules 5.10): exactly one address kind, also after a PATCH (stored and sent values together). */
import type { BehaviourContext } from "../../engine/behaviour.js";

const ADDRESS_KINDS = [
  "binnenlandsCorrespondentieadres",
  "buitenlandsCorrespondentieadres",
  "correspondentiePostadres",
  "emailadres",
  "faxnummer",
  "mijnOverheid",
  "telefoonnummer",
] as const;

const filled = (value: unknown): boolean =>
  value !== null && value !== undefined && value !== "" && value !== false && !(typeof value === "object" && Object.keys(value).length === 0);

/** Fails with `invalid-address @nonFieldErrors` unless exactly one address kind is filled. */
export function addressProblems(ctx: BehaviourContext): void {
  const count = ADDRESS_KINDS.filter((kind) => filled(ctx.record[kind])).length;
  if (count !== 1) ctx.fail({ name: "nonFieldErrors", code: "invalid-address", reason: "Geef precies één adres op." });
}
