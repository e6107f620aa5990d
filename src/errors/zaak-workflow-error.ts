import { CommonGroundError } from "./common-ground-error.js";

/** The step of a zaak workflow that failed. */
export type ZaakWorkflowStep = "zaak" | "status" | "rol" | "resultaat" | "eindstatus";

/**
 * A multi-step zaak workflow (`startZaak`, `closeZaak`) failed after it had created something. The
 * SDK tried to undo what it created: `undone` lists what was deleted, `leftover` the URLs that still
 * exist because the undo failed too (then `cleanupError` holds why). `cause` is the error of the
 * failed step (a typed HTTP error, usually a `BadRequestError` with `invalidParams`).
 *
 * @example
 * ```ts
 * import { isZaakWorkflowError } from "commonground-sdk";
 * try { await startZaak(zaken, input); }
 * catch (e) { if (isZaakWorkflowError(e) && e.leftover.length > 0) console.error("delete by hand:", e.leftover); }
 * ```
 */
export class ZaakWorkflowError extends CommonGroundError {
  /** The workflow: `startZaak` or `closeZaak`. */
  readonly workflow: "startZaak" | "closeZaak";
  /** The step that failed. */
  readonly step: ZaakWorkflowStep;
  /** Redacted URLs of what the workflow created and deleted again. */
  readonly undone: readonly string[];
  /** Redacted URLs of what the workflow created and could not delete: clean these up yourself. */
  readonly leftover: readonly string[];
  /** Why the undo failed, when it did. */
  readonly cleanupError?: unknown;

  constructor(
    workflow: "startZaak" | "closeZaak",
    step: ZaakWorkflowStep,
    message: string,
    details: { readonly cause: unknown; readonly undone: readonly string[]; readonly leftover: readonly string[]; readonly cleanupError?: unknown },
  ) {
    super("workflow", message, { cause: details.cause });
    this.name = "ZaakWorkflowError";
    this.workflow = workflow;
    this.step = step;
    this.undone = details.undone;
    this.leftover = details.leftover;
    if (details.cleanupError !== undefined) this.cleanupError = details.cleanupError;
  }
}

/** True for a {@link ZaakWorkflowError}, also one from another realm. */
export function isZaakWorkflowError(value: unknown): value is ZaakWorkflowError {
  return (
    value instanceof ZaakWorkflowError ||
    (typeof value === "object" && value !== null && (value as { name?: unknown }).name === "ZaakWorkflowError" && (value as { kind?: unknown }).kind === "workflow")
  );
}
