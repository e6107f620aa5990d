/** Undo after a failed workflow step, and the error that reports it (internal). */
import { isHttpError } from "../../errors/http-error.js";
import { redactText, redactUrl } from "../../errors/redact.js";
import { ZaakWorkflowError, type ZaakWorkflowStep } from "../../errors/zaak-workflow-error.js";

/** What failed and how to undo what was created before it. */
export interface FailedStep {
  readonly workflow: "startZaak" | "closeZaak";
  readonly step: ZaakWorkflowStep;
  /** What was being done, e.g. `setting the first status (POST /statussen)`. */
  readonly failed: string;
  readonly error: unknown;
  /** Deletes what was created (not aborted by the caller's signal: the undo must run). */
  readonly undo: () => Promise<void>;
  /** What the undo deletes, e.g. `the zaak`. */
  readonly what: string;
  /** What the server deletes with it, e.g. `its statussen and rollen`. */
  readonly alsoGone?: string;
  /** Its URL. */
  readonly url: string;
  /** The request that deletes it by hand, e.g. `DELETE /zaken/{uuid}` and the scope it needs. */
  readonly byHand: string;
}

/** `Name: message`, redacted. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return redactText(`${error.name}: ${error.message}`);
  return redactText(String(error));
}

/**
 * True when the request certainly did not take effect: the server answered with a 4xx. A network
 * error, a time-out, an abort or a 5xx may come after the server did the work.
 */
export function certainlyRefused(error: unknown): boolean {
  return isHttpError(error) && error.status >= 400 && error.status < 500;
}

/** Runs the undo and returns the error to throw: what failed, what was undone, what remains. */
export async function undoFailedStep(step: FailedStep): Promise<ZaakWorkflowError> {
  const url = redactUrl(step.url);
  const head = `${step.workflow}: ${step.failed} failed (${describeError(step.error)}).`;
  try {
    await step.undo();
  } catch (cleanupError) {
    return new ZaakWorkflowError(
      step.workflow,
      step.step,
      `${head} Undoing it failed too (${describeError(cleanupError)}): ${step.what} ${url} remains. ${step.byHand}`,
      { cause: step.error, undone: [], leftover: [step.url], cleanupError },
    );
  }
  return new ZaakWorkflowError(step.workflow, step.step, `${head} Undone: deleted ${step.what} ${url}${step.alsoGone ? ` (${step.alsoGone} went with it)` : ""}.`, {
    cause: step.error,
    undone: [step.url],
    leftover: [],
  });
}
