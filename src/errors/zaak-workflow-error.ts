import { CommonGroundError, hasNameAndKind } from "./common-ground-error.js";

/** The step of a zaak workflow that failed. */
export type ZaakWorkflowStep = "zaak" | "status" | "rol" | "resultaat" | "eindstatus";

/**
 * What is known after the failure:
 * - `undone`: what the workflow created was deleted again (`undone` lists it);
 * - `leftover`: the undo failed, `leftover` lists what remains;
 * - `completed`: the failed request did take effect on the server although its answer was lost (a
 *   network error or time-out), so nothing was undone: e.g. the zaak is closed;
 * - `unknown`: the answer was lost and the SDK could not find out whether the request took effect;
 *   nothing was undone, `leftover` lists what was created before it. Check the zaak by hand.
 */
export type ZaakWorkflowOutcome = "undone" | "leftover" | "completed" | "unknown";

/**
 * A multi-step zaak workflow (`startZaak`, `closeZaak`) failed after it had created something. The
 * SDK tried to undo what it created: `undone` lists what was deleted, `leftover` the URLs that still
 * exist because the undo failed too (then `cleanupError` holds why). `cause` is the error of the
 * failed step (a typed HTTP error, usually a `BadRequestError` with `invalidParams`, or a
 * `NetworkError`/`TimeoutError` when the answer was lost; `outcome` then says what is known).
 * `undone` and `leftover` hold the URLs as they are (not redacted: use them to clean up); only
 * the `message` is redacted.
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
  /** URLs of what the workflow created and deleted again. */
  readonly undone: readonly string[];
  /** URLs of what the workflow created and could not delete (or did not dare to): clean these up yourself. */
  readonly leftover: readonly string[];
  /** What is known after the failure; see {@link ZaakWorkflowOutcome}. */
  readonly outcome: ZaakWorkflowOutcome;
  /** Why the undo failed, when it did. */
  readonly cleanupError?: unknown;

  constructor(
    workflow: "startZaak" | "closeZaak",
    step: ZaakWorkflowStep,
    message: string,
    details: {
      readonly cause: unknown;
      readonly undone: readonly string[];
      readonly leftover: readonly string[];
      readonly cleanupError?: unknown;
      /** @default `leftover` when `leftover` is not empty, else `undone` */
      readonly outcome?: ZaakWorkflowOutcome;
    },
  ) {
    super("workflow", message, { cause: details.cause });
    this.name = "ZaakWorkflowError";
    this.workflow = workflow;
    this.step = step;
    this.undone = details.undone;
    this.leftover = details.leftover;
    this.outcome = details.outcome ?? (details.leftover.length > 0 ? "leftover" : "undone");
    if (details.cleanupError !== undefined) this.cleanupError = details.cleanupError;
  }
}

/** True for a {@link ZaakWorkflowError}, also one from another realm. */
export function isZaakWorkflowError(value: unknown): value is ZaakWorkflowError {
  return value instanceof ZaakWorkflowError || hasNameAndKind(value, "ZaakWorkflowError", "workflow");
}
