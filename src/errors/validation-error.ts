import { CommonGroundError } from "./common-ground-error.js";

/** One validation problem, zod-style: data first, formatting elsewhere. */
export interface ValidationIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/**
 * Data did not have the shape the SDK needs (a response body, a webhook payload). Kept outside the
 * HTTP branch: the server answered, the content was wrong.
 */
export class ValidationError extends CommonGroundError {
  /** The problems found. */
  readonly issues: readonly ValidationIssue[];

  constructor(message: string, issues: readonly ValidationIssue[]) {
    super("validation", message);
    this.name = "ValidationError";
    this.issues = issues;
  }
}
