import { hasNameAndKind } from "./common-ground-error.js";
import type { InvalidParam } from "./problem-details.js";
import { ValidationError, type ValidationIssue } from "./validation-error.js";

/**
 * Record data did not fit the objecttype version's JSON schema (`objectsOfType` with `objecttypen`):
 * nothing was sent. Besides `issues` (path as a list) it has `invalidParams` shaped like the
 * server's own 400 answer (`{ name: "data.beleidsstatus", code, reason }`), so a form can show the
 * schema's message next to the field whether the SDK or the Objects API refused the data.
 *
 * @example
 * ```ts
 * import { isDataValidationError } from "commonground-sdk";
 * try { await bomen.create({ kiemjaar: "oud" }); }
 * catch (e) { if (isDataValidationError(e)) for (const p of e.invalidParams) console.log(p.name, p.reason); }
 * ```
 */
export class DataValidationError extends ValidationError {
  /** The problems as `invalidParams`: `name` is the dotted data path (`data.dimensions.height`), `reason` the schema's message. */
  readonly invalidParams: readonly InvalidParam[];

  constructor(message: string, issues: readonly ValidationIssue[]) {
    super(message, issues);
    this.name = "DataValidationError";
    this.invalidParams = issues.map((issue) => ({ name: issue.path.join("."), code: issue.code, reason: issue.message }));
  }
}

/** True for a {@link DataValidationError}, also one from another realm. */
export function isDataValidationError(value: unknown): value is DataValidationError {
  return (
    value instanceof DataValidationError ||
    (hasNameAndKind(value, "DataValidationError", "validation") && Array.isArray((value as { invalidParams?: unknown }).invalidParams))
  );
}
