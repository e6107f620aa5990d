import { CommonGroundError, hasNameAndKind } from "./common-ground-error.js";

/** One problem with the options given to the SDK. */
export interface ConfigIssue {
  /** Where, e.g. `baseUrl` or `headers.Accept-Crs`. */
  readonly path: string;
  /** What is wrong and what to pass instead. */
  readonly message: string;
}

/**
 * Thrown when options passed to a factory are missing or malformed. The message says what was wrong
 * and what to pass instead; `issues` has the same as data.
 *
 * @example
 * ```ts
 * import { isConfigError } from "commonground-sdk";
 * try { createZakenClient({ baseUrl: "open-zaak.example.nl" }); }
 * catch (e) { if (isConfigError(e)) console.error(e.issues); }
 * ```
 */
export class ConfigError extends CommonGroundError {
  /** The problems found, as data. */
  readonly issues: readonly ConfigIssue[];

  constructor(subject: string, issues: readonly ConfigIssue[]) {
    super("config", `${subject}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ")}`);
    this.name = "ConfigError";
    this.issues = issues;
  }
}

/** True for a {@link ConfigError}, also one from another realm. */
export function isConfigError(value: unknown): value is ConfigError {
  return value instanceof ConfigError || hasNameAndKind(value, "ConfigError", "config");
}
